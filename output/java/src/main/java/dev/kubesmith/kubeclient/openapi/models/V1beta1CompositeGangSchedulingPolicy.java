package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * CompositeGangSchedulingPolicy indicates that the groups belonging to the composite group
 * should be scheduled using all-or-nothing semantics.
 */
public class V1beta1CompositeGangSchedulingPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "minGroupCount");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1CompositeGangSchedulingPolicy> CODEC = new Codec<V1beta1CompositeGangSchedulingPolicy>() {
    @Override
    public V1beta1CompositeGangSchedulingPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1CompositeGangSchedulingPolicy)");
      }
      V1beta1CompositeGangSchedulingPolicy o = new V1beta1CompositeGangSchedulingPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.minGroupCount = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1CompositeGangSchedulingPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.minGroupCount != null) {
        g.writeFieldName("minGroupCount");
        Codecs.INT32.write(g, o.minGroupCount);
      }
      g.writeEndObject();
    }
  };

  private Integer minGroupCount;

  public V1beta1CompositeGangSchedulingPolicy minGroupCount(Integer minGroupCount) {
    this.minGroupCount = minGroupCount;
    return this;
  }

  /**
   * minGroupCount is the minimum number of child groups that must be schedulable or scheduled at
   * the same time for the scheduler to admit the entire group. It must be a positive integer.
   *
   * @return minGroupCount
   */
  public Integer getMinGroupCount() {
    return minGroupCount;
  }

  public void setMinGroupCount(Integer minGroupCount) {
    this.minGroupCount = minGroupCount;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1CompositeGangSchedulingPolicy that = (V1beta1CompositeGangSchedulingPolicy) other;
    return Objects.equals(minGroupCount, that.minGroupCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minGroupCount);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1CompositeGangSchedulingPolicy {\n");
    sb.append("    minGroupCount: ").append(minGroupCount).append('\n');
    return sb.append("}").toString();
  }
}
