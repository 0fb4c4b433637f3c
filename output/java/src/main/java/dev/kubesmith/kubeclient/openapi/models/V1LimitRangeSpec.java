package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * LimitRangeSpec defines a min/max usage limit for resources that match on kind.
 */
public class V1LimitRangeSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "limits");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LimitRangeSpec> CODEC = new Codec<V1LimitRangeSpec>() {
    @Override
    public V1LimitRangeSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LimitRangeSpec)");
      }
      V1LimitRangeSpec o = new V1LimitRangeSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.limits = Codecs.listOf(V1LimitRangeItem.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LimitRangeSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.limits != null) {
        g.writeFieldName("limits");
        Codecs.listOf(V1LimitRangeItem.CODEC).write(g, o.limits);
      }
      g.writeEndObject();
    }
  };

  private List<V1LimitRangeItem> limits;

  public V1LimitRangeSpec limits(List<V1LimitRangeItem> limits) {
    this.limits = limits;
    return this;
  }

  public V1LimitRangeSpec addLimitsItem(V1LimitRangeItem item) {
    if (this.limits == null) {
      this.limits = new ArrayList<>();
    }
    this.limits.add(item);
    return this;
  }

  /**
   * Limits is the list of LimitRangeItem objects that are enforced.
   *
   * @return limits
   */
  public List<V1LimitRangeItem> getLimits() {
    return limits;
  }

  public void setLimits(List<V1LimitRangeItem> limits) {
    this.limits = limits;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1LimitRangeSpec that = (V1LimitRangeSpec) other;
    return Objects.equals(limits, that.limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limits);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LimitRangeSpec {\n");
    sb.append("    limits: ").append(String.valueOf(limits).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
