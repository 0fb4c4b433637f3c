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
 * Status is a return value for calls that don't return other objects.
 */
public class V1Status {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "code",
      "details",
      "kind",
      "message",
      "metadata",
      "reason",
      "status");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Status> CODEC = new Codec<V1Status>() {
    @Override
    public V1Status read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Status)");
      }
      V1Status o = new V1Status();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.code = Codecs.INT32.read(p);
            break;
          case 2:
            o.details = V1StatusDetails.CODEC.read(p);
            break;
          case 3:
            o.kind = Codecs.STRING.read(p);
            break;
          case 4:
            o.message = Codecs.STRING.read(p);
            break;
          case 5:
            o.metadata = V1ListMeta.CODEC.read(p);
            break;
          case 6:
            o.reason = Codecs.STRING.read(p);
            break;
          case 7:
            o.status = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Status o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.code != null) {
        g.writeFieldName("code");
        Codecs.INT32.write(g, o.code);
      }
      if (o.details != null) {
        g.writeFieldName("details");
        V1StatusDetails.CODEC.write(g, o.details);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ListMeta.CODEC.write(g, o.metadata);
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

  private String apiVersion;

  private Integer code;

  private V1StatusDetails details;

  private String kind;

  private String message;

  private V1ListMeta metadata;

  private String reason;

  private String status;

  public V1Status apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should
   * convert recognized schemas to the latest internal value, and may reject unrecognized values.
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1Status code(Integer code) {
    this.code = code;
    return this;
  }

  /**
   * Suggested HTTP return code for this status, 0 if not set.
   *
   * @return code
   */
  public Integer getCode() {
    return code;
  }

  public void setCode(Integer code) {
    this.code = code;
  }

  public V1Status details(V1StatusDetails details) {
    this.details = details;
    return this;
  }

  /**
   * Extended data associated with the reason.  Each reason may define its own extended details.
   * This field is optional and the data returned is not guaranteed to conform to any schema
   * except that defined by the reason type.
   *
   * @return details
   */
  public V1StatusDetails getDetails() {
    return details;
  }

  public void setDetails(V1StatusDetails details) {
    this.details = details;
  }

  public V1Status kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may
   * infer this from the endpoint the client submits requests to. Cannot be updated. In
   * CamelCase. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1Status message(String message) {
    this.message = message;
    return this;
  }

  /**
   * A human-readable description of the status of this operation.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1Status metadata(V1ListMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * Standard list metadata. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return metadata
   */
  public V1ListMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ListMeta metadata) {
    this.metadata = metadata;
  }

  public V1Status reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * A machine-readable description of why this operation is in the "Failure" status. If this
   * value is empty there is no information available. A Reason clarifies an HTTP status code but
   * does not override it.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1Status status(String status) {
    this.status = status;
    return this;
  }

  /**
   * Status of the operation. One of: "Success" or "Failure". More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
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
    V1Status that = (V1Status) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(code, that.code)
        && Objects.equals(details, that.details)
        && Objects.equals(kind, that.kind)
        && Objects.equals(message, that.message)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(reason, that.reason)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, code, details, kind, message, metadata, reason, status);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Status {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    code: ").append(code).append('\n');
    sb.append("    details: ").append(String.valueOf(details).replace("\n", "\n    ")).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    status: ").append(status).append('\n');
    return sb.append("}").toString();
  }
}
