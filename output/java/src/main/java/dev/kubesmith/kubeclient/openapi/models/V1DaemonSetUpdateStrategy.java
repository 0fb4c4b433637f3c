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
 * DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.
 */
public class V1DaemonSetUpdateStrategy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "rollingUpdate",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DaemonSetUpdateStrategy> CODEC = new Codec<V1DaemonSetUpdateStrategy>() {
    @Override
    public V1DaemonSetUpdateStrategy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DaemonSetUpdateStrategy)");
      }
      V1DaemonSetUpdateStrategy o = new V1DaemonSetUpdateStrategy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.rollingUpdate = V1RollingUpdateDaemonSet.CODEC.read(p);
            break;
          case 1:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DaemonSetUpdateStrategy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.rollingUpdate != null) {
        g.writeFieldName("rollingUpdate");
        V1RollingUpdateDaemonSet.CODEC.write(g, o.rollingUpdate);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private V1RollingUpdateDaemonSet rollingUpdate;

  private String type;

  public V1DaemonSetUpdateStrategy rollingUpdate(V1RollingUpdateDaemonSet rollingUpdate) {
    this.rollingUpdate = rollingUpdate;
    return this;
  }

  /**
   * Rolling update config params. Present only if type = "RollingUpdate".
   *
   * @return rollingUpdate
   */
  public V1RollingUpdateDaemonSet getRollingUpdate() {
    return rollingUpdate;
  }

  public void setRollingUpdate(V1RollingUpdateDaemonSet rollingUpdate) {
    this.rollingUpdate = rollingUpdate;
  }

  public V1DaemonSetUpdateStrategy type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is RollingUpdate.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1DaemonSetUpdateStrategy that = (V1DaemonSetUpdateStrategy) other;
    return Objects.equals(rollingUpdate, that.rollingUpdate)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rollingUpdate, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DaemonSetUpdateStrategy {\n");
    sb.append("    rollingUpdate: ").append(String.valueOf(rollingUpdate).replace("\n", "\n    ")).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
