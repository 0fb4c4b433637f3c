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
 * CertificateSigningRequestCondition describes a condition of a CertificateSigningRequest
 * object
 */
public class V1CertificateSigningRequestCondition {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "lastTransitionTime",
      "lastUpdateTime",
      "message",
      "reason",
      "status",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CertificateSigningRequestCondition> CODEC = new Codec<V1CertificateSigningRequestCondition>() {
    @Override
    public V1CertificateSigningRequestCondition read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CertificateSigningRequestCondition)");
      }
      V1CertificateSigningRequestCondition o = new V1CertificateSigningRequestCondition();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.lastTransitionTime = Codecs.TIME.read(p);
            break;
          case 1:
            o.lastUpdateTime = Codecs.TIME.read(p);
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
    public void write(JsonGenerator g, V1CertificateSigningRequestCondition o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.lastTransitionTime != null) {
        g.writeFieldName("lastTransitionTime");
        Codecs.TIME.write(g, o.lastTransitionTime);
      }
      if (o.lastUpdateTime != null) {
        g.writeFieldName("lastUpdateTime");
        Codecs.TIME.write(g, o.lastUpdateTime);
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

  private OffsetDateTime lastUpdateTime;

  private String message;

  private String reason;

  private String status;

  private String type;

  public V1CertificateSigningRequestCondition lastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
    return this;
  }

  /**
   * lastTransitionTime is the time the condition last transitioned from one status to another.
   * If unset, when a new condition type is added or an existing condition's status is changed,
   * the server defaults this to the current time.
   *
   * @return lastTransitionTime
   */
  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public V1CertificateSigningRequestCondition lastUpdateTime(OffsetDateTime lastUpdateTime) {
    this.lastUpdateTime = lastUpdateTime;
    return this;
  }

  /**
   * lastUpdateTime is the time of the last update to this condition
   *
   * @return lastUpdateTime
   */
  public OffsetDateTime getLastUpdateTime() {
    return lastUpdateTime;
  }

  public void setLastUpdateTime(OffsetDateTime lastUpdateTime) {
    this.lastUpdateTime = lastUpdateTime;
  }

  public V1CertificateSigningRequestCondition message(String message) {
    this.message = message;
    return this;
  }

  /**
   * message contains a human readable message with details about the request state
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1CertificateSigningRequestCondition reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * reason indicates a brief reason for the request state
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1CertificateSigningRequestCondition status(String status) {
    this.status = status;
    return this;
  }

  /**
   * status of the condition, one of True, False, Unknown. Approved, Denied, and Failed
   * conditions may not be "False" or "Unknown".
   *
   * @return status
   */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public V1CertificateSigningRequestCondition type(String type) {
    this.type = type;
    return this;
  }

  /**
   * type of the condition. Known conditions are "Approved", "Denied", and "Failed".
   *
   * An "Approved" condition is added via the /approval subresource, indicating the request was
   * approved and should be issued by the signer.
   *
   * A "Denied" condition is added via the /approval subresource, indicating the request was
   * denied and should not be issued by the signer.
   *
   * A "Failed" condition is added via the /status subresource, indicating the signer failed to
   * issue the certificate.
   *
   * Approved and Denied conditions are mutually exclusive. Approved, Denied, and Failed
   * conditions cannot be removed once added.
   *
   * Only one condition of a given type is allowed.
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
    V1CertificateSigningRequestCondition that = (V1CertificateSigningRequestCondition) other;
    return Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(lastUpdateTime, that.lastUpdateTime)
        && Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason)
        && Objects.equals(status, that.status)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastTransitionTime, lastUpdateTime, message, reason, status, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CertificateSigningRequestCondition {\n");
    sb.append("    lastTransitionTime: ").append(lastTransitionTime).append('\n');
    sb.append("    lastUpdateTime: ").append(lastUpdateTime).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    status: ").append(status).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
