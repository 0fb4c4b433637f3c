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
 * StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to
 * perform updates. It includes any additional parameters necessary to perform the update for
 * the indicated strategy.
 */
public class V1StatefulSetUpdateStrategy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "rollingUpdate",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StatefulSetUpdateStrategy> CODEC = new Codec<V1StatefulSetUpdateStrategy>() {
    @Override
    public V1StatefulSetUpdateStrategy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StatefulSetUpdateStrategy)");
      }
      V1StatefulSetUpdateStrategy o = new V1StatefulSetUpdateStrategy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.rollingUpdate = V1RollingUpdateStatefulSetStrategy.CODEC.read(p);
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
    public void write(JsonGenerator g, V1StatefulSetUpdateStrategy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.rollingUpdate != null) {
        g.writeFieldName("rollingUpdate");
        V1RollingUpdateStatefulSetStrategy.CODEC.write(g, o.rollingUpdate);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private V1RollingUpdateStatefulSetStrategy rollingUpdate;

  private String type;

  public V1StatefulSetUpdateStrategy rollingUpdate(V1RollingUpdateStatefulSetStrategy rollingUpdate) {
    this.rollingUpdate = rollingUpdate;
    return this;
  }

  /**
   * RollingUpdate is used to communicate parameters when Type is
   * RollingUpdateStatefulSetStrategyType.
   *
   * @return rollingUpdate
   */
  public V1RollingUpdateStatefulSetStrategy getRollingUpdate() {
    return rollingUpdate;
  }

  public void setRollingUpdate(V1RollingUpdateStatefulSetStrategy rollingUpdate) {
    this.rollingUpdate = rollingUpdate;
  }

  public V1StatefulSetUpdateStrategy type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Type indicates the type of the StatefulSetUpdateStrategy. Default is RollingUpdate.
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
    V1StatefulSetUpdateStrategy that = (V1StatefulSetUpdateStrategy) other;
    return Objects.equals(rollingUpdate, that.rollingUpdate)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rollingUpdate, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StatefulSetUpdateStrategy {\n");
    sb.append("    rollingUpdate: ").append(String.valueOf(rollingUpdate).replace("\n", "\n    ")).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
