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
 * StorageHealthCondition represents an adverse health condition reported by a CSI driver for
 * its storage backend on a node.
 */
public class V1StorageHealthCondition {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "accessMode",
      "lastTransitionTime",
      "message",
      "reason",
      "status",
      "volumeMode");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StorageHealthCondition> CODEC = new Codec<V1StorageHealthCondition>() {
    @Override
    public V1StorageHealthCondition read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StorageHealthCondition)");
      }
      V1StorageHealthCondition o = new V1StorageHealthCondition();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.accessMode = Codecs.STRING.read(p);
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
            o.volumeMode = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StorageHealthCondition o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.accessMode != null) {
        g.writeFieldName("accessMode");
        Codecs.STRING.write(g, o.accessMode);
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
      if (o.volumeMode != null) {
        g.writeFieldName("volumeMode");
        Codecs.STRING.write(g, o.volumeMode);
      }
      g.writeEndObject();
    }
  };

  private String accessMode;

  private OffsetDateTime lastTransitionTime;

  private String message;

  private String reason;

  private String status;

  private String volumeMode;

  public V1StorageHealthCondition accessMode(String accessMode) {
    this.accessMode = accessMode;
    return this;
  }

  /**
   * accessMode is the access mode affected. Nil means all access modes are affected.
   *
   * @return accessMode
   */
  public String getAccessMode() {
    return accessMode;
  }

  public void setAccessMode(String accessMode) {
    this.accessMode = accessMode;
  }

  public V1StorageHealthCondition lastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
    return this;
  }

  /**
   * lastTransitionTime is when this condition first appeared at its current state.
   *
   * @return lastTransitionTime
   */
  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public V1StorageHealthCondition message(String message) {
    this.message = message;
    return this;
  }

  /**
   * message is a human-readable description. Maximum permitted length of a message is 1024
   * characters.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1StorageHealthCondition reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * reason is a brief CamelCase machine-parseable reason. Maximum permitted length of a reason
   * is 256 characters.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1StorageHealthCondition status(String status) {
    this.status = status;
    return this;
  }

  /**
   * status is the health status category. One of "StorageUnreachable", "StorageDegraded".
   *
   * @return status
   */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public V1StorageHealthCondition volumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
    return this;
  }

  /**
   * volumeMode is the volume mode affected. Nil means both are affected.
   *
   * @return volumeMode
   */
  public String getVolumeMode() {
    return volumeMode;
  }

  public void setVolumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1StorageHealthCondition that = (V1StorageHealthCondition) other;
    return Objects.equals(accessMode, that.accessMode)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason)
        && Objects.equals(status, that.status)
        && Objects.equals(volumeMode, that.volumeMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessMode, lastTransitionTime, message, reason, status, volumeMode);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StorageHealthCondition {\n");
    sb.append("    accessMode: ").append(accessMode).append('\n');
    sb.append("    lastTransitionTime: ").append(lastTransitionTime).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    status: ").append(status).append('\n');
    sb.append("    volumeMode: ").append(volumeMode).append('\n');
    return sb.append("}").toString();
  }
}
