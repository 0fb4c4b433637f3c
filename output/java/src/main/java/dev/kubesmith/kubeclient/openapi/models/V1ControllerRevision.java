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
 * ControllerRevision implements an immutable snapshot of state data. Clients are responsible
 * for serializing and deserializing the objects that contain their internal state. Once a
 * ControllerRevision has been successfully created, it can not be updated. The API Server will
 * fail validation of all requests that attempt to mutate the Data field. ControllerRevisions
 * may, however, be deleted. Note that, due to its use by both the DaemonSet and StatefulSet
 * controllers for update and rollback, this object is beta. However, it may be subject to name
 * and representation changes in future releases, and clients should not depend on its
 * stability. It is primarily for internal use by controllers.
 */
public class V1ControllerRevision implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "data",
      "kind",
      "metadata",
      "revision");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ControllerRevision> CODEC = new Codec<V1ControllerRevision>() {
    @Override
    public V1ControllerRevision read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ControllerRevision)");
      }
      V1ControllerRevision o = new V1ControllerRevision();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.data = Codecs.ANY.read(p);
            break;
          case 2:
            o.kind = Codecs.STRING.read(p);
            break;
          case 3:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 4:
            o.revision = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ControllerRevision o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.data != null) {
        g.writeFieldName("data");
        Codecs.ANY.write(g, o.data);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.revision != null) {
        g.writeFieldName("revision");
        Codecs.INT64.write(g, o.revision);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private Object data;

  private String kind;

  private V1ObjectMeta metadata;

  private Long revision;

  public V1ControllerRevision apiVersion(String apiVersion) {
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

  public V1ControllerRevision data(Object data) {
    this.data = data;
    return this;
  }

  /**
   * Data is the serialized representation of the state.
   *
   * @return data
   */
  public Object getData() {
    return data;
  }

  public void setData(Object data) {
    this.data = data;
  }

  public V1ControllerRevision kind(String kind) {
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

  public V1ControllerRevision metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * Standard object's metadata. More info:
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

  public V1ControllerRevision revision(Long revision) {
    this.revision = revision;
    return this;
  }

  /**
   * Revision indicates the revision of the state represented by Data.
   *
   * @return revision
   */
  public Long getRevision() {
    return revision;
  }

  public void setRevision(Long revision) {
    this.revision = revision;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ControllerRevision that = (V1ControllerRevision) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(data, that.data)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(revision, that.revision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, data, kind, metadata, revision);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ControllerRevision {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    data: ").append(data).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    revision: ").append(revision).append('\n');
    return sb.append("}").toString();
  }
}
