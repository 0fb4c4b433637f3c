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
 * Eviction initiates an eviction process, which should ideally result in a graceful eviction
 * of a .spec.target (e.g. termination of a pod).
 *
 * The evictionrequest-controller observes intents of all EvictionRequests and transforms them
 * into Evictions. It manages the Eviction lifecycle. Requesters are preserved in
 * .status.requesters even after they have withdrawn their request. If all requesters withdraw
 * their eviction intent for a common target, the eviction will be canceled. Once all
 * EvictionRequest corresponding to this Eviction .spec.target have been removed, this Eviction
 * object will eventually be garbage collected.
 *
 * If the target is a pod, the .status.targetResponders is populated from Pod's
 * .spec.evictionResponders.
 *
 * Responders should observe and communicate through the .status to help with the eviction of
 * the target when they see their state == Active in .status.targetResponders. ResponderStatus
 * struct should then be periodically updated to indicate the progress or completion of the
 * eviction process by each responder in .status.responders. If
 * .status.responders[].heartbeatTime is not updated within the heartbeat deadline defined by
 * the Eviction API (currently 20 minutes), the eviction is passed over to the next responder
 * with a lower priority.
 *
 * If there are no other responders and the target is a pod, the last default
 * imperative-eviction.k8s.io/evictor responder with a priority of 100 will evict the pod using
 * the imperative Eviction API (pods/&lt;name&gt;/eviction subresource).
 */
public class V1alpha1Eviction implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "kind",
      "metadata",
      "spec",
      "status");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1Eviction> CODEC = new Codec<V1alpha1Eviction>() {
    @Override
    public V1alpha1Eviction read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1Eviction)");
      }
      V1alpha1Eviction o = new V1alpha1Eviction();
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
            o.spec = V1alpha1EvictionSpec.CODEC.read(p);
            break;
          case 4:
            o.status = V1alpha1EvictionStatus.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1Eviction o) throws IOException {
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
        V1alpha1EvictionSpec.CODEC.write(g, o.spec);
      }
      if (o.status != null) {
        g.writeFieldName("status");
        V1alpha1EvictionStatus.CODEC.write(g, o.status);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String kind;

  private V1ObjectMeta metadata;

  private V1alpha1EvictionSpec spec;

  private V1alpha1EvictionStatus status;

  public V1alpha1Eviction apiVersion(String apiVersion) {
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

  public V1alpha1Eviction kind(String kind) {
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

  public V1alpha1Eviction metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * metadata is the standard object metadata; More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.
   * .metadata.name set by the evictionrequest-controller is purely informative and subject to
   * change. .spec.target field should be used to identify the target precisesly.
   *
   * The requester and responder names will be used as label keys and added to the labels of the
   * eviction in one of the following formats: 1. acme.io/foo: "requester" 2. acme.io/foo:
   * "responder" 3. acme.io/foo: "requester-responder"
   *
   * Please see EvictionParticipantRole for available role label values.
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public V1alpha1Eviction spec(V1alpha1EvictionSpec spec) {
    this.spec = spec;
    return this;
  }

  /**
   * spec defines the eviction specification.
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
   *
   * @return spec
   */
  public V1alpha1EvictionSpec getSpec() {
    return spec;
  }

  public void setSpec(V1alpha1EvictionSpec spec) {
    this.spec = spec;
  }

  public V1alpha1Eviction status(V1alpha1EvictionStatus status) {
    this.status = status;
    return this;
  }

  /**
   * status represents the most recently observed status of the eviction. Populated by responders
   * and evictionrequest-controller. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
   *
   * @return status
   */
  public V1alpha1EvictionStatus getStatus() {
    return status;
  }

  public void setStatus(V1alpha1EvictionStatus status) {
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
    V1alpha1Eviction that = (V1alpha1Eviction) other;
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
    StringBuilder sb = new StringBuilder("class V1alpha1Eviction {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    spec: ").append(String.valueOf(spec).replace("\n", "\n    ")).append('\n');
    sb.append("    status: ").append(String.valueOf(status).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
