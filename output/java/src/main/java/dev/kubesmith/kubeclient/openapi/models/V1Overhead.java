package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Overhead structure represents the resource overhead associated with running a pod.
 */
public class V1Overhead {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "podFixed");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Overhead> CODEC = new Codec<V1Overhead>() {
    @Override
    public V1Overhead read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Overhead)");
      }
      V1Overhead o = new V1Overhead();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.podFixed = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Overhead o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.podFixed != null) {
        g.writeFieldName("podFixed");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.podFixed);
      }
      g.writeEndObject();
    }
  };

  private Map<String, Quantity> podFixed;

  public V1Overhead podFixed(Map<String, Quantity> podFixed) {
    this.podFixed = podFixed;
    return this;
  }

  public V1Overhead putPodFixedItem(String key, Quantity item) {
    if (this.podFixed == null) {
      this.podFixed = new LinkedHashMap<>();
    }
    this.podFixed.put(key, item);
    return this;
  }

  /**
   * podFixed represents the fixed resource overhead associated with running a pod.
   *
   * @return podFixed
   */
  public Map<String, Quantity> getPodFixed() {
    return podFixed;
  }

  public void setPodFixed(Map<String, Quantity> podFixed) {
    this.podFixed = podFixed;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Overhead that = (V1Overhead) other;
    return Objects.equals(podFixed, that.podFixed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(podFixed);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Overhead {\n");
    sb.append("    podFixed: ").append(String.valueOf(podFixed).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
