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
 * ReplicationControllerCondition describes the state of a replication controller at a certain
 * point.
 */
public class V1ReplicationControllerCondition {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "lastTransitionTime",
      "message",
      "reason",
      "status",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ReplicationControllerCondition> CODEC = new Codec<V1ReplicationControllerCondition>() {
    @Override
    public V1ReplicationControllerCondition read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ReplicationControllerCondition)");
      }
      V1ReplicationControllerCondition o = new V1ReplicationControllerCondition();
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
            o.reason = Codecs.STRING.read(p);
            break;
          case 3:
            o.status = Codecs.STRING.read(p);
            break;
          case 4:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ReplicationControllerCondition o) throws IOException {
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

  private String reason;

  private String status;

  private String type;

  public V1ReplicationControllerCondition lastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
    return this;
  }

  /**
   * The last time the condition transitioned from one status to another.
   *
   * @return lastTransitionTime
   */
  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public V1ReplicationControllerCondition message(String message) {
    this.message = message;
    return this;
  }

  /**
   * A human readable message indicating details about the transition.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1ReplicationControllerCondition reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * The reason for the condition's last transition.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1ReplicationControllerCondition status(String status) {
    this.status = status;
    return this;
  }

  /**
   * Status of the condition, one of True, False, Unknown.
   *
   * @return status
   */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public V1ReplicationControllerCondition type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Type of replication controller condition.
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
    V1ReplicationControllerCondition that = (V1ReplicationControllerCondition) other;
    return Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason)
        && Objects.equals(status, that.status)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastTransitionTime, message, reason, status, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ReplicationControllerCondition {\n");
    sb.append("    lastTransitionTime: ").append(lastTransitionTime).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    status: ").append(status).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
