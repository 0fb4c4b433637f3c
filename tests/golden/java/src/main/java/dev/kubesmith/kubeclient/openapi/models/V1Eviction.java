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
 * Eviction evicts a pod from its node subject to certain policies and safety constraints. This
 * is a subresource of Pod.  A request to cause such an eviction is created by POSTing to
 * .../pods/&lt;pod name&gt;/evictions.
 */
public class V1Eviction implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "deleteOptions",
      "kind",
      "metadata");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Eviction> CODEC = new Codec<V1Eviction>() {
    @Override
    public V1Eviction read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Eviction)");
      }
      V1Eviction o = new V1Eviction();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.deleteOptions = V1DeleteOptions.CODEC.read(p);
            break;
          case 2:
            o.kind = Codecs.STRING.read(p);
            break;
          case 3:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Eviction o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.deleteOptions != null) {
        g.writeFieldName("deleteOptions");
        V1DeleteOptions.CODEC.write(g, o.deleteOptions);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private V1DeleteOptions deleteOptions;

  private String kind;

  private V1ObjectMeta metadata;

  public V1Eviction apiVersion(String apiVersion) {
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

  public V1Eviction deleteOptions(V1DeleteOptions deleteOptions) {
    this.deleteOptions = deleteOptions;
    return this;
  }

  /**
   * DeleteOptions may be provided
   *
   * @return deleteOptions
   */
  public V1DeleteOptions getDeleteOptions() {
    return deleteOptions;
  }

  public void setDeleteOptions(V1DeleteOptions deleteOptions) {
    this.deleteOptions = deleteOptions;
  }

  public V1Eviction kind(String kind) {
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

  public V1Eviction metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * ObjectMeta describes the pod that is being evicted.
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Eviction that = (V1Eviction) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(deleteOptions, that.deleteOptions)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, deleteOptions, kind, metadata);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Eviction {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    deleteOptions: ").append(String.valueOf(deleteOptions).replace("\n", "\n    ")).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
