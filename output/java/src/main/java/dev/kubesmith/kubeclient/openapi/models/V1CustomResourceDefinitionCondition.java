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
 * CustomResourceDefinitionCondition contains details for the current condition of this pod.
 */
public class V1CustomResourceDefinitionCondition {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "lastTransitionTime",
      "message",
      "observedGeneration",
      "reason",
      "status",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceDefinitionCondition> CODEC = new Codec<V1CustomResourceDefinitionCondition>() {
    @Override
    public V1CustomResourceDefinitionCondition read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceDefinitionCondition)");
      }
      V1CustomResourceDefinitionCondition o = new V1CustomResourceDefinitionCondition();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.lastTransitionTime = Codecs.TIME.read(p);
            break;
          case 1:
            o.message = Codecs.STRING.read(p);
            break;
          case 2:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          case 3:
            o.reason = Codecs.STRING.read(p);
            break;
          case 4:
            o.status = Codecs.STRING.read(p);
            break;
          case 5:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceDefinitionCondition o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
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

  private OffsetDateTime lastTransitionTime;

  private String message;

  private Long observedGeneration;

  private String reason;

  private String status;

  private String type;

  public V1CustomResourceDefinitionCondition lastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
    return this;
  }

  /**
   * lastTransitionTime last time the condition transitioned from one status to another.
   *
   * @return lastTransitionTime
   */
  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public V1CustomResourceDefinitionCondition message(String message) {
    this.message = message;
    return this;
  }

  /**
   * message is a human-readable message indicating details about last transition.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1CustomResourceDefinitionCondition observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * observedGeneration represents the .metadata.generation that the condition was set based
   * upon. For instance, if .metadata.generation is currently 12, but the
   * .status.conditions[x].observedGeneration is 9, the condition is out of date with respect to
   * the current state of the instance.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1CustomResourceDefinitionCondition reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * reason is a unique, one-word, CamelCase reason for the condition's last transition.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1CustomResourceDefinitionCondition status(String status) {
    this.status = status;
    return this;
  }

  /**
   * status is the status of the condition. Can be True, False, Unknown.
   *
   * @return status
   */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public V1CustomResourceDefinitionCondition type(String type) {
    this.type = type;
    return this;
  }

  /**
   * type is the type of the condition. Types include Established, NamesAccepted and Terminating.
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
    V1CustomResourceDefinitionCondition that = (V1CustomResourceDefinitionCondition) other;
    return Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(message, that.message)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(reason, that.reason)
        && Objects.equals(status, that.status)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastTransitionTime, message, observedGeneration, reason, status, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceDefinitionCondition {\n");
    sb.append("    lastTransitionTime: ").append(lastTransitionTime).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    status: ").append(status).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
