package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a
 * Source for provider-specific attributes
 */
public class V1PersistentVolumeClaimSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "accessModes",
      "dataSource",
      "dataSourceRef",
      "resources",
      "selector",
      "storageClassName",
      "volumeAttributesClassName",
      "volumeMode",
      "volumeName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PersistentVolumeClaimSpec> CODEC = new Codec<V1PersistentVolumeClaimSpec>() {
    @Override
    public V1PersistentVolumeClaimSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PersistentVolumeClaimSpec)");
      }
      V1PersistentVolumeClaimSpec o = new V1PersistentVolumeClaimSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.accessModes = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.dataSource = V1TypedLocalObjectReference.CODEC.read(p);
            break;
          case 2:
            o.dataSourceRef = V1TypedObjectReference.CODEC.read(p);
            break;
          case 3:
            o.resources = V1VolumeResourceRequirements.CODEC.read(p);
            break;
          case 4:
            o.selector = V1LabelSelector.CODEC.read(p);
            break;
          case 5:
            o.storageClassName = Codecs.STRING.read(p);
            break;
          case 6:
            o.volumeAttributesClassName = Codecs.STRING.read(p);
            break;
          case 7:
            o.volumeMode = Codecs.STRING.read(p);
            break;
          case 8:
            o.volumeName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PersistentVolumeClaimSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.accessModes != null) {
        g.writeFieldName("accessModes");
        Codecs.listOf(Codecs.STRING).write(g, o.accessModes);
      }
      if (o.dataSource != null) {
        g.writeFieldName("dataSource");
        V1TypedLocalObjectReference.CODEC.write(g, o.dataSource);
      }
      if (o.dataSourceRef != null) {
        g.writeFieldName("dataSourceRef");
        V1TypedObjectReference.CODEC.write(g, o.dataSourceRef);
      }
      if (o.resources != null) {
        g.writeFieldName("resources");
        V1VolumeResourceRequirements.CODEC.write(g, o.resources);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        V1LabelSelector.CODEC.write(g, o.selector);
      }
      if (o.storageClassName != null) {
        g.writeFieldName("storageClassName");
        Codecs.STRING.write(g, o.storageClassName);
      }
      if (o.volumeAttributesClassName != null) {
        g.writeFieldName("volumeAttributesClassName");
        Codecs.STRING.write(g, o.volumeAttributesClassName);
      }
      if (o.volumeMode != null) {
        g.writeFieldName("volumeMode");
        Codecs.STRING.write(g, o.volumeMode);
      }
      if (o.volumeName != null) {
        g.writeFieldName("volumeName");
        Codecs.STRING.write(g, o.volumeName);
      }
      g.writeEndObject();
    }
  };

  private List<String> accessModes;

  private V1TypedLocalObjectReference dataSource;

  private V1TypedObjectReference dataSourceRef;

  private V1VolumeResourceRequirements resources;

  private V1LabelSelector selector;

  private String storageClassName;

  private String volumeAttributesClassName;

  private String volumeMode;

  private String volumeName;

  public V1PersistentVolumeClaimSpec accessModes(List<String> accessModes) {
    this.accessModes = accessModes;
    return this;
  }

  public V1PersistentVolumeClaimSpec addAccessModesItem(String item) {
    if (this.accessModes == null) {
      this.accessModes = new ArrayList<>();
    }
    this.accessModes.add(item);
    return this;
  }

  /**
   * accessModes contains the desired access modes the volume should have. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
   *
   * @return accessModes
   */
  public List<String> getAccessModes() {
    return accessModes;
  }

  public void setAccessModes(List<String> accessModes) {
    this.accessModes = accessModes;
  }

  public V1PersistentVolumeClaimSpec dataSource(V1TypedLocalObjectReference dataSource) {
    this.dataSource = dataSource;
    return this;
  }

  /**
   * dataSource field can be used to specify either: * An existing VolumeSnapshot object
   * (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the
   * provisioner or an external controller can support the specified data source, it will create
   * a new volume based on the contents of the specified data source. When the
   * AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to
   * dataSourceRef, and dataSourceRef contents will be copied to dataSource when
   * dataSourceRef.namespace is not specified. If the namespace is specified, then dataSourceRef
   * will not be copied to dataSource.
   *
   * @return dataSource
   */
  public V1TypedLocalObjectReference getDataSource() {
    return dataSource;
  }

  public void setDataSource(V1TypedLocalObjectReference dataSource) {
    this.dataSource = dataSource;
  }

  public V1PersistentVolumeClaimSpec dataSourceRef(V1TypedObjectReference dataSourceRef) {
    this.dataSourceRef = dataSourceRef;
    return this;
  }

  /**
   * dataSourceRef specifies the object from which to populate the volume with data, if a
   * non-empty volume is desired. This may be any object from a non-empty API group (non core
   * object) or a PersistentVolumeClaim object. When this field is specified, volume binding will
   * only succeed if the type of the specified object matches some installed volume populator or
   * dynamic provisioner. This field will replace the functionality of the dataSource field and
   * as such if both fields are non-empty, they must have the same value. For backwards
   * compatibility, when namespace isn't specified in dataSourceRef, both fields (dataSource and
   * dataSourceRef) will be set to the same value automatically if one of them is empty and the
   * other is non-empty. When namespace is specified in dataSourceRef, dataSource isn't set to
   * the same value and must be empty. There are three important differences between dataSource
   * and dataSourceRef: * While dataSource only allows two specific types of objects,
   * dataSourceRef
   *   allows any non-core object, as well as PersistentVolumeClaim objects.
   * * While dataSource ignores disallowed values (dropping them), dataSourceRef
   *   preserves all values, and generates an error if a disallowed value is
   *   specified.
   * * While dataSource only allows local objects, dataSourceRef allows objects
   *   in any namespaces.
   * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled. (Alpha)
   * Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource
   * feature gate to be enabled.
   *
   * @return dataSourceRef
   */
  public V1TypedObjectReference getDataSourceRef() {
    return dataSourceRef;
  }

  public void setDataSourceRef(V1TypedObjectReference dataSourceRef) {
    this.dataSourceRef = dataSourceRef;
  }

  public V1PersistentVolumeClaimSpec resources(V1VolumeResourceRequirements resources) {
    this.resources = resources;
    return this;
  }

  /**
   * resources represents the minimum resources the volume should have. Users are allowed to
   * specify resource requirements that are lower than previous value but must still be higher
   * than capacity recorded in the status field of the claim. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
   *
   * @return resources
   */
  public V1VolumeResourceRequirements getResources() {
    return resources;
  }

  public void setResources(V1VolumeResourceRequirements resources) {
    this.resources = resources;
  }

  public V1PersistentVolumeClaimSpec selector(V1LabelSelector selector) {
    this.selector = selector;
    return this;
  }

  /**
   * selector is a label query over volumes to consider for binding.
   *
   * @return selector
   */
  public V1LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(V1LabelSelector selector) {
    this.selector = selector;
  }

  public V1PersistentVolumeClaimSpec storageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
    return this;
  }

  /**
   * storageClassName is the name of the StorageClass required by the claim. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
   *
   * @return storageClassName
   */
  public String getStorageClassName() {
    return storageClassName;
  }

  public void setStorageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
  }

  public V1PersistentVolumeClaimSpec volumeAttributesClassName(String volumeAttributesClassName) {
    this.volumeAttributesClassName = volumeAttributesClassName;
    return this;
  }

  /**
   * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
   * If specified, the CSI driver will create or update the volume with the attributes defined in
   * the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
   * it can be changed after the claim is created. An empty string or nil value indicates that no
   * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error
   * state, this field can be reset to its previous value (including nil) to cancel the
   * modification. If the resource referred to by volumeAttributesClass does not exist, this
   * PersistentVolumeClaim will be set to a Pending state, as reflected by the modifyVolumeStatus
   * field, until such as a resource exists. More info:
   * https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
   *
   * @return volumeAttributesClassName
   */
  public String getVolumeAttributesClassName() {
    return volumeAttributesClassName;
  }

  public void setVolumeAttributesClassName(String volumeAttributesClassName) {
    this.volumeAttributesClassName = volumeAttributesClassName;
  }

  public V1PersistentVolumeClaimSpec volumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
    return this;
  }

  /**
   * volumeMode defines what type of volume is required by the claim. Value of Filesystem is
   * implied when not included in claim spec.
   *
   * @return volumeMode
   */
  public String getVolumeMode() {
    return volumeMode;
  }

  public void setVolumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
  }

  public V1PersistentVolumeClaimSpec volumeName(String volumeName) {
    this.volumeName = volumeName;
    return this;
  }

  /**
   * volumeName is the binding reference to the PersistentVolume backing this claim.
   *
   * @return volumeName
   */
  public String getVolumeName() {
    return volumeName;
  }

  public void setVolumeName(String volumeName) {
    this.volumeName = volumeName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PersistentVolumeClaimSpec that = (V1PersistentVolumeClaimSpec) other;
    return Objects.equals(accessModes, that.accessModes)
        && Objects.equals(dataSource, that.dataSource)
        && Objects.equals(dataSourceRef, that.dataSourceRef)
        && Objects.equals(resources, that.resources)
        && Objects.equals(selector, that.selector)
        && Objects.equals(storageClassName, that.storageClassName)
        && Objects.equals(volumeAttributesClassName, that.volumeAttributesClassName)
        && Objects.equals(volumeMode, that.volumeMode)
        && Objects.equals(volumeName, that.volumeName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessModes, dataSource, dataSourceRef, resources, selector, storageClassName, volumeAttributesClassName, volumeMode, volumeName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PersistentVolumeClaimSpec {\n");
    sb.append("    accessModes: ").append(String.valueOf(accessModes).replace("\n", "\n    ")).append('\n');
    sb.append("    dataSource: ").append(String.valueOf(dataSource).replace("\n", "\n    ")).append('\n');
    sb.append("    dataSourceRef: ").append(String.valueOf(dataSourceRef).replace("\n", "\n    ")).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    sb.append("    storageClassName: ").append(storageClassName).append('\n');
    sb.append("    volumeAttributesClassName: ").append(volumeAttributesClassName).append('\n');
    sb.append("    volumeMode: ").append(volumeMode).append('\n');
    sb.append("    volumeName: ").append(volumeName).append('\n');
    return sb.append("}").toString();
  }
}
