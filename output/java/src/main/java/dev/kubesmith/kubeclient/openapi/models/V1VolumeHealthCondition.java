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
 * VolumeHealthCondition represents an adverse health condition reported for a volume.
 */
public class V1VolumeHealthCondition {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "message",
      "reason",
      "status");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeHealthCondition> CODEC = new Codec<V1VolumeHealthCondition>() {
    @Override
    public V1VolumeHealthCondition read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeHealthCondition)");
      }
      V1VolumeHealthCondition o = new V1VolumeHealthCondition();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.message = Codecs.STRING.read(p);
            break;
          case 1:
            o.reason = Codecs.STRING.read(p);
            break;
          case 2:
            o.status = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeHealthCondition o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
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
      g.writeEndObject();
    }
  };

  private String message;

  private String reason;

  private String status;

  public V1VolumeHealthCondition message(String message) {
    this.message = message;
    return this;
  }

  /**
   * message is a human-readable description. Maximum permitted length of a message is 1024
   * bytes.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1VolumeHealthCondition reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * reason is a brief CamelCase machine-parseable reason. Together with status it forms the
   * unique identity of a condition entry. Maximum permitted length of a reason is 256 bytes.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1VolumeHealthCondition status(String status) {
    this.status = status;
    return this;
  }

  /**
   * status is the machine-parseable health category. Possible values: - "Inaccessible": the
   * volume cannot be accessed. - "DataLoss": data loss has been detected on the volume. -
   * "Degraded": the volume is functioning with reduced capability.
   *
   * @return status
   */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeHealthCondition that = (V1VolumeHealthCondition) other;
    return Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, reason, status);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeHealthCondition {\n");
    sb.append("    message: ").append(message).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    status: ").append(status).append('\n');
    return sb.append("}").toString();
  }
}
