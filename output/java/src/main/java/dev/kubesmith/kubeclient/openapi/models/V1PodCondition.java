package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * PodCondition contains details for the current condition of this pod.
 */
public class V1PodCondition {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "lastProbeTime",
      "lastTransitionTime",
      "message",
      "observedGeneration",
      "reason",
      "status",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodCondition> CODEC = new Codec<V1PodCondition>() {
    @Override
    public V1PodCondition read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodCondition)");
      }
      V1PodCondition o = new V1PodCondition();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.lastProbeTime = Codecs.TIME.read(p);
            break;
          case 1:
            o.lastTransitionTime = Codecs.TIME.read(p);
            break;
          case 2:
            o.message = Codecs.STRING.read(p);
            break;
          case 3:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          case 4:
            o.reason = Codecs.STRING.read(p);
            break;
          case 5:
            o.status = Codecs.STRING.read(p);
            break;
          case 6:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodCondition o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.lastProbeTime != null) {
        g.writeFieldName("lastProbeTime");
        Codecs.TIME.write(g, o.lastProbeTime);
      }
      if (o.lastTransitionTime != null) {
        g.writeFieldName("lastTransitionTime");
        Codecs.TIME.write(g, o.lastTransitionTime);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.observedGeneration != null) {
        g.writeFieldName("observedGeneration");
        Codecs.INT64.write(g, o.observedGeneration);
      }
      if (o.reason != null) {
        g.writeFieldName("reason");
        Codecs.STRING.write(g, o.reason);
      }
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

  private OffsetDateTime lastProbeTime;

  private OffsetDateTime lastTransitionTime;

  private String message;

  private Long observedGeneration;

  private String reason;

  private String status;

  private String type;

  public V1PodCondition lastProbeTime(OffsetDateTime lastProbeTime) {
    this.lastProbeTime = lastProbeTime;
    return this;
  }

  /**
   * Last time we probed the condition.
   *
   * @return lastProbeTime
   */
  public OffsetDateTime getLastProbeTime() {
    return lastProbeTime;
  }

  public void setLastProbeTime(OffsetDateTime lastProbeTime) {
    this.lastProbeTime = lastProbeTime;
  }

  public V1PodCondition lastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
    return this;
  }

  /**
   * Last time the condition transitioned from one status to another.
   *
   * @return lastTransitionTime
   */
  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public V1PodCondition message(String message) {
    this.message = message;
    return this;
  }

  /**
   * Human-readable message indicating details about last transition.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1PodCondition observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * If set, this represents the .metadata.generation that the pod condition was set based upon.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1PodCondition reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * Unique, one-word, CamelCase reason for the condition's last transition.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1PodCondition status(String status) {
    this.status = status;
    return this;
  }

  /**
   * Status is the status of the condition. Can be True, False, Unknown. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions
   *
   * @return status
   */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public V1PodCondition type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Type is the type of the condition. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions
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
    V1PodCondition that = (V1PodCondition) other;
    return Objects.equals(lastProbeTime, that.lastProbeTime)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(message, that.message)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(reason, that.reason)
        && Objects.equals(status, that.status)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastProbeTime, lastTransitionTime, message, observedGeneration, reason, status, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodCondition {\n");
    sb.append("    lastProbeTime: ").append(lastProbeTime).append('\n');
    sb.append("    lastTransitionTime: ").append(lastTransitionTime).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    status: ").append(status).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
