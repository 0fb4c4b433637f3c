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
 * PodFailurePolicyOnPodConditionsPattern describes a pattern for matching an actual pod
 * condition type.
 */
public class V1PodFailurePolicyOnPodConditionsPattern {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "status",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodFailurePolicyOnPodConditionsPattern> CODEC = new Codec<V1PodFailurePolicyOnPodConditionsPattern>() {
    @Override
    public V1PodFailurePolicyOnPodConditionsPattern read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodFailurePolicyOnPodConditionsPattern)");
      }
      V1PodFailurePolicyOnPodConditionsPattern o = new V1PodFailurePolicyOnPodConditionsPattern();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.status = Codecs.STRING.read(p);
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
    public void write(JsonGenerator g, V1PodFailurePolicyOnPodConditionsPattern o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.status != null) {
        g.writeFieldName("status");
        Codecs.STRING.write(g, o.status);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private String status;

  private String type;

  public V1PodFailurePolicyOnPodConditionsPattern status(String status) {
    this.status = status;
    return this;
  }

  /**
   * Specifies the required Pod condition status. To match a pod condition it is required that
   * the specified status equals the pod condition status. Defaults to True.
   *
   * @return status
   */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public V1PodFailurePolicyOnPodConditionsPattern type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Specifies the required Pod condition type. To match a pod condition it is required that
   * specified type equals the pod condition type.
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
    V1PodFailurePolicyOnPodConditionsPattern that = (V1PodFailurePolicyOnPodConditionsPattern) other;
    return Objects.equals(status, that.status)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodFailurePolicyOnPodConditionsPattern {\n");
    sb.append("    status: ").append(status).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
