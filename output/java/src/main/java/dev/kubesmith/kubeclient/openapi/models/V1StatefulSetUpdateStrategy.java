package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import java.io.IOException;
import java.util.Objects;

/**
 * StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to
 * perform updates. It includes any additional parameters necessary to perform the update for
 * the indicated strategy.
 */
public class V1StatefulSetUpdateStrategy {
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
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        switch (name) {
          case "rollingUpdate":
            o.rollingUpdate = V1RollingUpdateStatefulSetStrategy.CODEC.read(p);
            break;
          case "type":
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
   * Possible enum values:
   *  - `"OnDelete"` disables ordered rolling restarts. Version tracking is done on a best-effort
   * basis - the controller will try to eventually converge StatefulSet's currentRevision with
   * updateRevision. Pods are recreated from the StatefulSetSpec when they are manually deleted.
   * When a scale operation is performed with this strategy, new Pods will be created from the
   * specification version indicated by the StatefulSet's updateRevision.
   *  - `"Recreate"` indicates that all existing pods will be deleted and fully terminated before
   * any new-revision pods are created. This ensures that old and new revision Pods never run at
   * the same time. This is an alpha type and requires enabling StatefulSetRecreateStrategy
   * feature gate. Switching to the Recreate strategy is allowed when the feature gate is
   * enabled, and switching away from it to a different update strategy is also allowed.
   * +featureGate=StatefulSetRecreateStrategy
   *  - `"RollingUpdate"` indicates that update will be applied to all Pods in the StatefulSet
   * with respect to the StatefulSet ordering constraints. When a scale operation is performed
   * with this strategy, new Pods will be created from the specification version indicated by the
   * StatefulSet's updateRevision.
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
