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
 * RuntimeClass defines a class of container runtime supported in the cluster. The RuntimeClass
 * is used to determine which container runtime is used to run all containers in a pod.
 * RuntimeClasses are manually defined by a user or cluster provisioner, and referenced in the
 * PodSpec. The Kubelet is responsible for resolving the RuntimeClassName reference before
 * running the pod.  For more details, see
 * https://kubernetes.io/docs/concepts/containers/runtime-class/
 */
public class V1RuntimeClass implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "handler",
      "kind",
      "metadata",
      "overhead",
      "scheduling");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1RuntimeClass> CODEC = new Codec<V1RuntimeClass>() {
    @Override
    public V1RuntimeClass read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1RuntimeClass)");
      }
      V1RuntimeClass o = new V1RuntimeClass();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.handler = Codecs.STRING.read(p);
            break;
          case 2:
            o.kind = Codecs.STRING.read(p);
            break;
          case 3:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 4:
            o.overhead = V1Overhead.CODEC.read(p);
            break;
          case 5:
            o.scheduling = V1Scheduling.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1RuntimeClass o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.handler != null) {
        g.writeFieldName("handler");
        Codecs.STRING.write(g, o.handler);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.overhead != null) {
        g.writeFieldName("overhead");
        V1Overhead.CODEC.write(g, o.overhead);
      }
      if (o.scheduling != null) {
        g.writeFieldName("scheduling");
        V1Scheduling.CODEC.write(g, o.scheduling);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String handler;

  private String kind;

  private V1ObjectMeta metadata;

  private V1Overhead overhead;

  private V1Scheduling scheduling;

  public V1RuntimeClass apiVersion(String apiVersion) {
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

  public V1RuntimeClass handler(String handler) {
    this.handler = handler;
    return this;
  }

  /**
   * handler specifies the underlying runtime and configuration that the CRI implementation will
   * use to handle pods of this class. The possible values are specific to the node &amp; CRI
   * configuration.  It is assumed that all handlers are available on every node, and handlers of
   * the same name are equivalent on every node. For example, a handler called "runc" might
   * specify that the runc OCI runtime (using native Linux containers) will be used to run the
   * containers in a pod. The Handler must be lowercase, conform to the DNS Label (RFC 1123)
   * requirements, and is immutable.
   *
   * @return handler
   */
  public String getHandler() {
    return handler;
  }

  public void setHandler(String handler) {
    this.handler = handler;
  }

  public V1RuntimeClass kind(String kind) {
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

  public V1RuntimeClass metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * metadata is the standard object metadata. More info:
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

  public V1RuntimeClass overhead(V1Overhead overhead) {
    this.overhead = overhead;
    return this;
  }

  /**
   * overhead represents the resource overhead associated with running a pod for a given
   * RuntimeClass. For more details, see
   *  https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/
   *
   * @return overhead
   */
  public V1Overhead getOverhead() {
    return overhead;
  }

  public void setOverhead(V1Overhead overhead) {
    this.overhead = overhead;
  }

  public V1RuntimeClass scheduling(V1Scheduling scheduling) {
    this.scheduling = scheduling;
    return this;
  }

  /**
   * scheduling holds the scheduling constraints to ensure that pods running with this
   * RuntimeClass are scheduled to nodes that support it. If scheduling is nil, this RuntimeClass
   * is assumed to be supported by all nodes.
   *
   * @return scheduling
   */
  public V1Scheduling getScheduling() {
    return scheduling;
  }

  public void setScheduling(V1Scheduling scheduling) {
    this.scheduling = scheduling;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1RuntimeClass that = (V1RuntimeClass) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(handler, that.handler)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(overhead, that.overhead)
        && Objects.equals(scheduling, that.scheduling);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, handler, kind, metadata, overhead, scheduling);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1RuntimeClass {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    handler: ").append(handler).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    overhead: ").append(String.valueOf(overhead).replace("\n", "\n    ")).append('\n');
    sb.append("    scheduling: ").append(String.valueOf(scheduling).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
