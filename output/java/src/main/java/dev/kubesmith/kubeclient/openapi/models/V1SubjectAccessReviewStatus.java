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
 * SubjectAccessReviewStatus
 */
public class V1SubjectAccessReviewStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allowed",
      "denied",
      "evaluationError",
      "reason");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SubjectAccessReviewStatus> CODEC = new Codec<V1SubjectAccessReviewStatus>() {
    @Override
    public V1SubjectAccessReviewStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SubjectAccessReviewStatus)");
      }
      V1SubjectAccessReviewStatus o = new V1SubjectAccessReviewStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allowed = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.denied = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.evaluationError = Codecs.STRING.read(p);
            break;
          case 3:
            o.reason = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SubjectAccessReviewStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allowed != null) {
        g.writeFieldName("allowed");
        Codecs.BOOLEAN.write(g, o.allowed);
      }
      if (o.denied != null) {
        g.writeFieldName("denied");
        Codecs.BOOLEAN.write(g, o.denied);
      }
      if (o.evaluationError != null) {
        g.writeFieldName("evaluationError");
        Codecs.STRING.write(g, o.evaluationError);
      }
      if (o.reason != null) {
        g.writeFieldName("reason");
        Codecs.STRING.write(g, o.reason);
      }
      g.writeEndObject();
    }
  };

  private Boolean allowed;

  private Boolean denied;

  private String evaluationError;

  private String reason;

  public V1SubjectAccessReviewStatus allowed(Boolean allowed) {
    this.allowed = allowed;
    return this;
  }

  /**
   * allowed is required. True if the action would be allowed, false otherwise.
   *
   * @return allowed
   */
  public Boolean getAllowed() {
    return allowed;
  }

  public void setAllowed(Boolean allowed) {
    this.allowed = allowed;
  }

  public V1SubjectAccessReviewStatus denied(Boolean denied) {
    this.denied = denied;
    return this;
  }

  /**
   * denied is optional. True if the action would be denied, otherwise false. If both allowed is
   * false and denied is false, then the authorizer has no opinion on whether to authorize the
   * action. Denied may not be true if Allowed is true.
   *
   * @return denied
   */
  public Boolean getDenied() {
    return denied;
  }

  public void setDenied(Boolean denied) {
    this.denied = denied;
  }

  public V1SubjectAccessReviewStatus evaluationError(String evaluationError) {
    this.evaluationError = evaluationError;
    return this;
  }

  /**
   * evaluationError is an indication that some error occurred during the authorization check. It
   * is entirely possible to get an error and be able to continue determine authorization status
   * in spite of it. For instance, RBAC can be missing a role, but enough roles are still present
   * and bound to reason about the request.
   *
   * @return evaluationError
   */
  public String getEvaluationError() {
    return evaluationError;
  }

  public void setEvaluationError(String evaluationError) {
    this.evaluationError = evaluationError;
  }

  public V1SubjectAccessReviewStatus reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * reason is optional.  It indicates why a request was allowed or denied.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SubjectAccessReviewStatus that = (V1SubjectAccessReviewStatus) other;
    return Objects.equals(allowed, that.allowed)
        && Objects.equals(denied, that.denied)
        && Objects.equals(evaluationError, that.evaluationError)
        && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allowed, denied, evaluationError, reason);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SubjectAccessReviewStatus {\n");
    sb.append("    allowed: ").append(allowed).append('\n');
    sb.append("    denied: ").append(denied).append('\n');
    sb.append("    evaluationError: ").append(evaluationError).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    return sb.append("}").toString();
  }
}
