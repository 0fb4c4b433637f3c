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
 * ResourceClaim describes a request for access to resources in the cluster, for use by
 * workloads. For example, if a workload needs an accelerator device with specific properties,
 * this is how that request is expressed. The status stanza tracks whether this claim has been
 * satisfied and what specific resources have been allocated.
 */
public class ResourceV1ResourceClaim implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "kind",
      "metadata",
      "spec",
      "status");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<ResourceV1ResourceClaim> CODEC = new Codec<ResourceV1ResourceClaim>() {
    @Override
    public ResourceV1ResourceClaim read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (ResourceV1ResourceClaim)");
      }
      ResourceV1ResourceClaim o = new ResourceV1ResourceClaim();
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
            o.spec = V1ResourceClaimSpec.CODEC.read(p);
            break;
          case 4:
            o.status = V1ResourceClaimStatus.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, ResourceV1ResourceClaim o) throws IOException {
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
      if (o.spec != null) {
        g.writeFieldName("spec");
        V1ResourceClaimSpec.CODEC.write(g, o.spec);
      }
      if (o.status != null) {
        g.writeFieldName("status");
        V1ResourceClaimStatus.CODEC.write(g, o.status);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String kind;

  private V1ObjectMeta metadata;

  private V1ResourceClaimSpec spec;

  private V1ResourceClaimStatus status;

  public ResourceV1ResourceClaim apiVersion(String apiVersion) {
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

  public ResourceV1ResourceClaim kind(String kind) {
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

  public ResourceV1ResourceClaim metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * Standard object metadata
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public ResourceV1ResourceClaim spec(V1ResourceClaimSpec spec) {
    this.spec = spec;
    return this;
  }

  /**
   * Spec describes what is being requested and how to configure it. The spec is immutable.
   *
   * @return spec
   */
  public V1ResourceClaimSpec getSpec() {
    return spec;
  }

  public void setSpec(V1ResourceClaimSpec spec) {
    this.spec = spec;
  }

  public ResourceV1ResourceClaim status(V1ResourceClaimStatus status) {
    this.status = status;
    return this;
  }

  /**
   * Status describes whether the claim is ready to use and what has been allocated.
   *
   * @return status
   */
  public V1ResourceClaimStatus getStatus() {
    return status;
  }

  public void setStatus(V1ResourceClaimStatus status) {
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
    ResourceV1ResourceClaim that = (ResourceV1ResourceClaim) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(spec, that.spec)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, spec, status);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class ResourceV1ResourceClaim {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    spec: ").append(String.valueOf(spec).replace("\n", "\n    ")).append('\n');
    sb.append("    status: ").append(String.valueOf(status).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
