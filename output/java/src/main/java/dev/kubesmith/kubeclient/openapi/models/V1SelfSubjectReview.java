package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * SelfSubjectReview contains the user information that the kube-apiserver has about the user
 * making this request. When using impersonation, users will receive the user info of the user
 * being impersonated.  If impersonation or request header authentication is used, any extra
 * keys will have their case ignored and returned as lowercase.
 */
public class V1SelfSubjectReview implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "kind",
      "metadata",
      "status");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SelfSubjectReview> CODEC = new Codec<V1SelfSubjectReview>() {
    @Override
    public V1SelfSubjectReview read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SelfSubjectReview)");
      }
      V1SelfSubjectReview o = new V1SelfSubjectReview();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.kind = Codecs.STRING.read(p);
            break;
          case 2:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 3:
            o.status = V1SelfSubjectReviewStatus.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SelfSubjectReview o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.status != null) {
        g.writeFieldName("status");
        V1SelfSubjectReviewStatus.CODEC.write(g, o.status);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String kind;

  private V1ObjectMeta metadata;

  private V1SelfSubjectReviewStatus status;

  public V1SelfSubjectReview apiVersion(String apiVersion) {
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

  public V1SelfSubjectReview kind(String kind) {
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

  public V1SelfSubjectReview metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * metadata is standard object's metadata. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public V1SelfSubjectReview status(V1SelfSubjectReviewStatus status) {
    this.status = status;
    return this;
  }

  /**
   * status is filled in by the server with the user attributes.
   *
   * @return status
   */
  public V1SelfSubjectReviewStatus getStatus() {
    return status;
  }

  public void setStatus(V1SelfSubjectReviewStatus status) {
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
    V1SelfSubjectReview that = (V1SelfSubjectReview) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, status);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SelfSubjectReview {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    status: ").append(String.valueOf(status).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
