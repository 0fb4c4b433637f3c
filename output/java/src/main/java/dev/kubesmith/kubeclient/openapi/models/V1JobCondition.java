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
 * JobCondition describes current state of a job.
 */
public class V1JobCondition {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "lastProbeTime",
      "lastTransitionTime",
      "message",
      "reason",
      "status",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1JobCondition> CODEC = new Codec<V1JobCondition>() {
    @Override
    public V1JobCondition read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1JobCondition)");
      }
      V1JobCondition o = new V1JobCondition();
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
    public void write(JsonGenerator g, V1JobCondition o) throws IOException {
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

  private String reason;

  private String status;

  private String type;

  public V1JobCondition lastProbeTime(OffsetDateTime lastProbeTime) {
    this.lastProbeTime = lastProbeTime;
    return this;
  }

  /**
   * Last time the condition was checked.
   *
   * @return lastProbeTime
   */
  public OffsetDateTime getLastProbeTime() {
    return lastProbeTime;
  }

  public void setLastProbeTime(OffsetDateTime lastProbeTime) {
    this.lastProbeTime = lastProbeTime;
  }

  public V1JobCondition lastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
    return this;
  }

  /**
   * Last time the condition transit from one status to another.
   *
   * @return lastTransitionTime
   */
  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public V1JobCondition message(String message) {
    this.message = message;
    return this;
  }

  /**
   * Human readable message indicating details about last transition.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1JobCondition reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * (brief) reason for the condition's last transition.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1JobCondition status(String status) {
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

  public V1JobCondition type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Type of job condition, Complete or Failed.
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
    V1JobCondition that = (V1JobCondition) other;
    return Objects.equals(lastProbeTime, that.lastProbeTime)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason)
        && Objects.equals(status, that.status)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastProbeTime, lastTransitionTime, message, reason, status, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1JobCondition {\n");
    sb.append("    lastProbeTime: ").append(lastProbeTime).append('\n');
    sb.append("    lastTransitionTime: ").append(lastTransitionTime).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    status: ").append(status).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
