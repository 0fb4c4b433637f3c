package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * StorageClass describes the parameters for a class of storage for which PersistentVolumes can
 * be dynamically provisioned.
 *
 * StorageClasses are non-namespaced; the name of the storage class according to etcd is in
 * ObjectMeta.Name.
 */
public class V1StorageClass implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allowVolumeExpansion",
      "allowedTopologies",
      "apiVersion",
      "kind",
      "metadata",
      "mountOptions",
      "parameters",
      "provisioner",
      "reclaimPolicy",
      "volumeBindingMode");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StorageClass> CODEC = new Codec<V1StorageClass>() {
    @Override
    public V1StorageClass read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StorageClass)");
      }
      V1StorageClass o = new V1StorageClass();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allowVolumeExpansion = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.allowedTopologies = Codecs.listOf(V1TopologySelectorTerm.CODEC).read(p);
            break;
          case 2:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 3:
            o.kind = Codecs.STRING.read(p);
            break;
          case 4:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 5:
            o.mountOptions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 6:
            o.parameters = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 7:
            o.provisioner = Codecs.STRING.read(p);
            break;
          case 8:
            o.reclaimPolicy = Codecs.STRING.read(p);
            break;
          case 9:
            o.volumeBindingMode = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StorageClass o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allowVolumeExpansion != null) {
        g.writeFieldName("allowVolumeExpansion");
        Codecs.BOOLEAN.write(g, o.allowVolumeExpansion);
      }
      if (o.allowedTopologies != null) {
        g.writeFieldName("allowedTopologies");
        Codecs.listOf(V1TopologySelectorTerm.CODEC).write(g, o.allowedTopologies);
      }
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
      if (o.mountOptions != null) {
        g.writeFieldName("mountOptions");
        Codecs.listOf(Codecs.STRING).write(g, o.mountOptions);
      }
      if (o.parameters != null) {
        g.writeFieldName("parameters");
        Codecs.mapOf(Codecs.STRING).write(g, o.parameters);
      }
      if (o.provisioner != null) {
        g.writeFieldName("provisioner");
        Codecs.STRING.write(g, o.provisioner);
      }
      if (o.reclaimPolicy != null) {
        g.writeFieldName("reclaimPolicy");
        Codecs.STRING.write(g, o.reclaimPolicy);
      }
      if (o.volumeBindingMode != null) {
        g.writeFieldName("volumeBindingMode");
        Codecs.STRING.write(g, o.volumeBindingMode);
      }
      g.writeEndObject();
    }
  };

  private Boolean allowVolumeExpansion;

  private List<V1TopologySelectorTerm> allowedTopologies;

  private String apiVersion;

  private String kind;

  private V1ObjectMeta metadata;

  private List<String> mountOptions;

  private Map<String, String> parameters;

  private String provisioner;

  private String reclaimPolicy;

  private String volumeBindingMode;

  public V1StorageClass allowVolumeExpansion(Boolean allowVolumeExpansion) {
    this.allowVolumeExpansion = allowVolumeExpansion;
    return this;
  }

  /**
   * allowVolumeExpansion shows whether the storage class allow volume expand.
   *
   * @return allowVolumeExpansion
   */
  public Boolean getAllowVolumeExpansion() {
    return allowVolumeExpansion;
  }

  public void setAllowVolumeExpansion(Boolean allowVolumeExpansion) {
    this.allowVolumeExpansion = allowVolumeExpansion;
  }

  public V1StorageClass allowedTopologies(List<V1TopologySelectorTerm> allowedTopologies) {
    this.allowedTopologies = allowedTopologies;
    return this;
  }

  public V1StorageClass addAllowedTopologiesItem(V1TopologySelectorTerm item) {
    if (this.allowedTopologies == null) {
      this.allowedTopologies = new ArrayList<>();
    }
    this.allowedTopologies.add(item);
    return this;
  }

  /**
   * allowedTopologies restrict the node topologies where volumes can be dynamically provisioned.
   * Each volume plugin defines its own supported topology specifications. An empty
   * TopologySelectorTerm list means there is no topology restriction. This field is only honored
   * by servers that enable the VolumeScheduling feature.
   *
   * @return allowedTopologies
   */
  public List<V1TopologySelectorTerm> getAllowedTopologies() {
    return allowedTopologies;
  }

  public void setAllowedTopologies(List<V1TopologySelectorTerm> allowedTopologies) {
    this.allowedTopologies = allowedTopologies;
  }

  public V1StorageClass apiVersion(String apiVersion) {
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

  public V1StorageClass kind(String kind) {
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

  public V1StorageClass metadata(V1ObjectMeta metadata) {
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

  public V1StorageClass mountOptions(List<String> mountOptions) {
    this.mountOptions = mountOptions;
    return this;
  }

  public V1StorageClass addMountOptionsItem(String item) {
    if (this.mountOptions == null) {
      this.mountOptions = new ArrayList<>();
    }
    this.mountOptions.add(item);
    return this;
  }

  /**
   * mountOptions controls the mountOptions for dynamically provisioned PersistentVolumes of this
   * storage class. e.g. ["ro", "soft"]. Not validated - mount of the PVs will simply fail if one
   * is invalid.
   *
   * @return mountOptions
   */
  public List<String> getMountOptions() {
    return mountOptions;
  }

  public void setMountOptions(List<String> mountOptions) {
    this.mountOptions = mountOptions;
  }

  public V1StorageClass parameters(Map<String, String> parameters) {
    this.parameters = parameters;
    return this;
  }

  public V1StorageClass putParametersItem(String key, String item) {
    if (this.parameters == null) {
      this.parameters = new LinkedHashMap<>();
    }
    this.parameters.put(key, item);
    return this;
  }

  /**
   * parameters holds the parameters for the provisioner that should create volumes of this
   * storage class.
   *
   * @return parameters
   */
  public Map<String, String> getParameters() {
    return parameters;
  }

  public void setParameters(Map<String, String> parameters) {
    this.parameters = parameters;
  }

  public V1StorageClass provisioner(String provisioner) {
    this.provisioner = provisioner;
    return this;
  }

  /**
   * provisioner indicates the type of the provisioner.
   *
   * @return provisioner
   */
  public String getProvisioner() {
    return provisioner;
  }

  public void setProvisioner(String provisioner) {
    this.provisioner = provisioner;
  }

  public V1StorageClass reclaimPolicy(String reclaimPolicy) {
    this.reclaimPolicy = reclaimPolicy;
    return this;
  }

  /**
   * reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of
   * this storage class. Defaults to Delete.
   *
   * @return reclaimPolicy
   */
  public String getReclaimPolicy() {
    return reclaimPolicy;
  }

  public void setReclaimPolicy(String reclaimPolicy) {
    this.reclaimPolicy = reclaimPolicy;
  }

  public V1StorageClass volumeBindingMode(String volumeBindingMode) {
    this.volumeBindingMode = volumeBindingMode;
    return this;
  }

  /**
   * volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.
   * When unset, VolumeBindingImmediate is used. This field is only honored by servers that
   * enable the VolumeScheduling feature.
   *
   * @return volumeBindingMode
   */
  public String getVolumeBindingMode() {
    return volumeBindingMode;
  }

  public void setVolumeBindingMode(String volumeBindingMode) {
    this.volumeBindingMode = volumeBindingMode;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1StorageClass that = (V1StorageClass) other;
    return Objects.equals(allowVolumeExpansion, that.allowVolumeExpansion)
        && Objects.equals(allowedTopologies, that.allowedTopologies)
        && Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(mountOptions, that.mountOptions)
        && Objects.equals(parameters, that.parameters)
        && Objects.equals(provisioner, that.provisioner)
        && Objects.equals(reclaimPolicy, that.reclaimPolicy)
        && Objects.equals(volumeBindingMode, that.volumeBindingMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allowVolumeExpansion, allowedTopologies, apiVersion, kind, metadata, mountOptions, parameters, provisioner, reclaimPolicy, volumeBindingMode);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StorageClass {\n");
    sb.append("    allowVolumeExpansion: ").append(allowVolumeExpansion).append('\n');
    sb.append("    allowedTopologies: ").append(String.valueOf(allowedTopologies).replace("\n", "\n    ")).append('\n');
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    mountOptions: ").append(String.valueOf(mountOptions).replace("\n", "\n    ")).append('\n');
    sb.append("    parameters: ").append(String.valueOf(parameters).replace("\n", "\n    ")).append('\n');
    sb.append("    provisioner: ").append(provisioner).append('\n');
    sb.append("    reclaimPolicy: ").append(reclaimPolicy).append('\n');
    sb.append("    volumeBindingMode: ").append(volumeBindingMode).append('\n');
    return sb.append("}").toString();
  }
}
