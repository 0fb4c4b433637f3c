package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * VolumeAttributesClass represents a specification of mutable volume attributes defined by the
 * CSI driver. The class can be specified during dynamic provisioning of
 * PersistentVolumeClaims, and changed in the PersistentVolumeClaim spec after provisioning.
 */
public class V1VolumeAttributesClass implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "driverName",
      "kind",
      "metadata",
      "parameters");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeAttributesClass> CODEC = new Codec<V1VolumeAttributesClass>() {
    @Override
    public V1VolumeAttributesClass read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeAttributesClass)");
      }
      V1VolumeAttributesClass o = new V1VolumeAttributesClass();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.driverName = Codecs.STRING.read(p);
            break;
          case 2:
            o.kind = Codecs.STRING.read(p);
            break;
          case 3:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 4:
            o.parameters = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeAttributesClass o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.driverName != null) {
        g.writeFieldName("driverName");
        Codecs.STRING.write(g, o.driverName);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.parameters != null) {
        g.writeFieldName("parameters");
        Codecs.mapOf(Codecs.STRING).write(g, o.parameters);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String driverName;

  private String kind;

  private V1ObjectMeta metadata;

  private Map<String, String> parameters;

  public V1VolumeAttributesClass apiVersion(String apiVersion) {
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

  public V1VolumeAttributesClass driverName(String driverName) {
    this.driverName = driverName;
    return this;
  }

  /**
   * driverName is the name of the CSI driver This field is immutable.
   *
   * @return driverName
   */
  public String getDriverName() {
    return driverName;
  }

  public void setDriverName(String driverName) {
    this.driverName = driverName;
  }

  public V1VolumeAttributesClass kind(String kind) {
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

  public V1VolumeAttributesClass metadata(V1ObjectMeta metadata) {
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

  public V1VolumeAttributesClass parameters(Map<String, String> parameters) {
    this.parameters = parameters;
    return this;
  }

  public V1VolumeAttributesClass putParametersItem(String key, String item) {
    if (this.parameters == null) {
      this.parameters = new LinkedHashMap<>();
    }
    this.parameters.put(key, item);
    return this;
  }

  /**
   * parameters hold volume attributes defined by the CSI driver. These values are opaque to the
   * Kubernetes and are passed directly to the CSI driver. The underlying storage provider
   * supports changing these attributes on an existing volume, however the parameters field
   * itself is immutable. To invoke a volume update, a new VolumeAttributesClass should be
   * created with new parameters, and the PersistentVolumeClaim should be updated to reference
   * the new VolumeAttributesClass.
   *
   * This field is required and must contain at least one key/value pair. The keys cannot be
   * empty, and the maximum number of parameters is 512, with a cumulative max size of 256K. If
   * the CSI driver rejects invalid parameters, the target PersistentVolumeClaim will be set to
   * an "Infeasible" state in the modifyVolumeStatus field.
   *
   * @return parameters
   */
  public Map<String, String> getParameters() {
    return parameters;
  }

  public void setParameters(Map<String, String> parameters) {
    this.parameters = parameters;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeAttributesClass that = (V1VolumeAttributesClass) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(driverName, that.driverName)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(parameters, that.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, driverName, kind, metadata, parameters);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeAttributesClass {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    driverName: ").append(driverName).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    parameters: ").append(String.valueOf(parameters).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
