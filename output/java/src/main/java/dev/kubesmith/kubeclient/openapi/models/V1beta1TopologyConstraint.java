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
 * TopologyConstraint defines a topology constraint for a PodGroup.
 */
public class V1beta1TopologyConstraint {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "key");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1TopologyConstraint> CODEC = new Codec<V1beta1TopologyConstraint>() {
    @Override
    public V1beta1TopologyConstraint read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1TopologyConstraint)");
      }
      V1beta1TopologyConstraint o = new V1beta1TopologyConstraint();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.key = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1TopologyConstraint o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.key != null) {
        g.writeFieldName("key");
        Codecs.STRING.write(g, o.key);
      }
      g.writeEndObject();
    }
  };

  private String key;

  public V1beta1TopologyConstraint key(String key) {
    this.key = key;
    return this;
  }

  /**
   * key specifies the key of the node label representing the topology domain. All pods within
   * the PodGroup must be colocated within the same domain instance. Different PodGroups can land
   * on different domain instances even if they derive from the same PodGroupTemplate. Examples:
   * "topology.kubernetes.io/rack"
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1TopologyConstraint that = (V1beta1TopologyConstraint) other;
    return Objects.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1TopologyConstraint {\n");
    sb.append("    key: ").append(key).append('\n');
    return sb.append("}").toString();
  }
}
