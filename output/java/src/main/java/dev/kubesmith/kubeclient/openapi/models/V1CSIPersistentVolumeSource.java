package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Represents storage that is managed by an external CSI volume driver
 */
public class V1CSIPersistentVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "controllerExpandSecretRef",
      "controllerPublishSecretRef",
      "driver",
      "fsType",
      "nodeExpandSecretRef",
      "nodePublishSecretRef",
      "nodeStageSecretRef",
      "readOnly",
      "volumeAttributes",
      "volumeHandle");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CSIPersistentVolumeSource> CODEC = new Codec<V1CSIPersistentVolumeSource>() {
    @Override
    public V1CSIPersistentVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CSIPersistentVolumeSource)");
      }
      V1CSIPersistentVolumeSource o = new V1CSIPersistentVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.controllerExpandSecretRef = V1SecretReference.CODEC.read(p);
            break;
          case 1:
            o.controllerPublishSecretRef = V1SecretReference.CODEC.read(p);
            break;
          case 2:
            o.driver = Codecs.STRING.read(p);
            break;
          case 3:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 4:
            o.nodeExpandSecretRef = V1SecretReference.CODEC.read(p);
            break;
          case 5:
            o.nodePublishSecretRef = V1SecretReference.CODEC.read(p);
            break;
          case 6:
            o.nodeStageSecretRef = V1SecretReference.CODEC.read(p);
            break;
          case 7:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 8:
            o.volumeAttributes = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 9:
            o.volumeHandle = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CSIPersistentVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.controllerExpandSecretRef != null) {
        g.writeFieldName("controllerExpandSecretRef");
        V1SecretReference.CODEC.write(g, o.controllerExpandSecretRef);
      }
      if (o.controllerPublishSecretRef != null) {
        g.writeFieldName("controllerPublishSecretRef");
        V1SecretReference.CODEC.write(g, o.controllerPublishSecretRef);
      }
      if (o.driver != null) {
        g.writeFieldName("driver");
        Codecs.STRING.write(g, o.driver);
      }
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.nodeExpandSecretRef != null) {
        g.writeFieldName("nodeExpandSecretRef");
        V1SecretReference.CODEC.write(g, o.nodeExpandSecretRef);
      }
      if (o.nodePublishSecretRef != null) {
        g.writeFieldName("nodePublishSecretRef");
        V1SecretReference.CODEC.write(g, o.nodePublishSecretRef);
      }
      if (o.nodeStageSecretRef != null) {
        g.writeFieldName("nodeStageSecretRef");
        V1SecretReference.CODEC.write(g, o.nodeStageSecretRef);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.volumeAttributes != null) {
        g.writeFieldName("volumeAttributes");
        Codecs.mapOf(Codecs.STRING).write(g, o.volumeAttributes);
      }
      if (o.volumeHandle != null) {
        g.writeFieldName("volumeHandle");
        Codecs.STRING.write(g, o.volumeHandle);
      }
      g.writeEndObject();
    }
  };

  private V1SecretReference controllerExpandSecretRef;

  private V1SecretReference controllerPublishSecretRef;

  private String driver;

  private String fsType;

  private V1SecretReference nodeExpandSecretRef;

  private V1SecretReference nodePublishSecretRef;

  private V1SecretReference nodeStageSecretRef;

  private Boolean readOnly;

  private Map<String, String> volumeAttributes;

  private String volumeHandle;

  public V1CSIPersistentVolumeSource controllerExpandSecretRef(V1SecretReference controllerExpandSecretRef) {
    this.controllerExpandSecretRef = controllerExpandSecretRef;
    return this;
  }

  /**
   * controllerExpandSecretRef is a reference to the secret object containing sensitive
   * information to pass to the CSI driver to complete the CSI ControllerExpandVolume call. This
   * field is optional, and may be empty if no secret is required. If the secret object contains
   * more than one secret, all secrets are passed.
   *
   * @return controllerExpandSecretRef
   */
  public V1SecretReference getControllerExpandSecretRef() {
    return controllerExpandSecretRef;
  }

  public void setControllerExpandSecretRef(V1SecretReference controllerExpandSecretRef) {
    this.controllerExpandSecretRef = controllerExpandSecretRef;
  }

  public V1CSIPersistentVolumeSource controllerPublishSecretRef(V1SecretReference controllerPublishSecretRef) {
    this.controllerPublishSecretRef = controllerPublishSecretRef;
    return this;
  }

  /**
   * controllerPublishSecretRef is a reference to the secret object containing sensitive
   * information to pass to the CSI driver to complete the CSI ControllerPublishVolume and
   * ControllerUnpublishVolume calls. This field is optional, and may be empty if no secret is
   * required. If the secret object contains more than one secret, all secrets are passed.
   *
   * @return controllerPublishSecretRef
   */
  public V1SecretReference getControllerPublishSecretRef() {
    return controllerPublishSecretRef;
  }

  public void setControllerPublishSecretRef(V1SecretReference controllerPublishSecretRef) {
    this.controllerPublishSecretRef = controllerPublishSecretRef;
  }

  public V1CSIPersistentVolumeSource driver(String driver) {
    this.driver = driver;
    return this;
  }

  /**
   * driver is the name of the driver to use for this volume. Required.
   *
   * @return driver
   */
  public String getDriver() {
    return driver;
  }

  public void setDriver(String driver) {
    this.driver = driver;
  }

  public V1CSIPersistentVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType to mount. Must be a filesystem type supported by the host operating system. Ex.
   * "ext4", "xfs", "ntfs".
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1CSIPersistentVolumeSource nodeExpandSecretRef(V1SecretReference nodeExpandSecretRef) {
    this.nodeExpandSecretRef = nodeExpandSecretRef;
    return this;
  }

  /**
   * nodeExpandSecretRef is a reference to the secret object containing sensitive information to
   * pass to the CSI driver to complete the CSI NodeExpandVolume call. This field is optional,
   * may be omitted if no secret is required. If the secret object contains more than one secret,
   * all secrets are passed.
   *
   * @return nodeExpandSecretRef
   */
  public V1SecretReference getNodeExpandSecretRef() {
    return nodeExpandSecretRef;
  }

  public void setNodeExpandSecretRef(V1SecretReference nodeExpandSecretRef) {
    this.nodeExpandSecretRef = nodeExpandSecretRef;
  }

  public V1CSIPersistentVolumeSource nodePublishSecretRef(V1SecretReference nodePublishSecretRef) {
    this.nodePublishSecretRef = nodePublishSecretRef;
    return this;
  }

  /**
   * nodePublishSecretRef is a reference to the secret object containing sensitive information to
   * pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls.
   * This field is optional, and may be empty if no secret is required. If the secret object
   * contains more than one secret, all secrets are passed.
   *
   * @return nodePublishSecretRef
   */
  public V1SecretReference getNodePublishSecretRef() {
    return nodePublishSecretRef;
  }

  public void setNodePublishSecretRef(V1SecretReference nodePublishSecretRef) {
    this.nodePublishSecretRef = nodePublishSecretRef;
  }

  public V1CSIPersistentVolumeSource nodeStageSecretRef(V1SecretReference nodeStageSecretRef) {
    this.nodeStageSecretRef = nodeStageSecretRef;
    return this;
  }

  /**
   * nodeStageSecretRef is a reference to the secret object containing sensitive information to
   * pass to the CSI driver to complete the CSI NodeStageVolume and NodeStageVolume and
   * NodeUnstageVolume calls. This field is optional, and may be empty if no secret is required.
   * If the secret object contains more than one secret, all secrets are passed.
   *
   * @return nodeStageSecretRef
   */
  public V1SecretReference getNodeStageSecretRef() {
    return nodeStageSecretRef;
  }

  public void setNodeStageSecretRef(V1SecretReference nodeStageSecretRef) {
    this.nodeStageSecretRef = nodeStageSecretRef;
  }

  public V1CSIPersistentVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly value to pass to ControllerPublishVolumeRequest. Defaults to false (read/write).
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1CSIPersistentVolumeSource volumeAttributes(Map<String, String> volumeAttributes) {
    this.volumeAttributes = volumeAttributes;
    return this;
  }

  public V1CSIPersistentVolumeSource putVolumeAttributesItem(String key, String item) {
    if (this.volumeAttributes == null) {
      this.volumeAttributes = new LinkedHashMap<>();
    }
    this.volumeAttributes.put(key, item);
    return this;
  }

  /**
   * volumeAttributes of the volume to publish.
   *
   * @return volumeAttributes
   */
  public Map<String, String> getVolumeAttributes() {
    return volumeAttributes;
  }

  public void setVolumeAttributes(Map<String, String> volumeAttributes) {
    this.volumeAttributes = volumeAttributes;
  }

  public V1CSIPersistentVolumeSource volumeHandle(String volumeHandle) {
    this.volumeHandle = volumeHandle;
    return this;
  }

  /**
   * volumeHandle is the unique volume name returned by the CSI volume plugin’s CreateVolume to
   * refer to the volume on all subsequent calls. Required.
   *
   * @return volumeHandle
   */
  public String getVolumeHandle() {
    return volumeHandle;
  }

  public void setVolumeHandle(String volumeHandle) {
    this.volumeHandle = volumeHandle;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CSIPersistentVolumeSource that = (V1CSIPersistentVolumeSource) other;
    return Objects.equals(controllerExpandSecretRef, that.controllerExpandSecretRef)
        && Objects.equals(controllerPublishSecretRef, that.controllerPublishSecretRef)
        && Objects.equals(driver, that.driver)
        && Objects.equals(fsType, that.fsType)
        && Objects.equals(nodeExpandSecretRef, that.nodeExpandSecretRef)
        && Objects.equals(nodePublishSecretRef, that.nodePublishSecretRef)
        && Objects.equals(nodeStageSecretRef, that.nodeStageSecretRef)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(volumeAttributes, that.volumeAttributes)
        && Objects.equals(volumeHandle, that.volumeHandle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(controllerExpandSecretRef, controllerPublishSecretRef, driver, fsType, nodeExpandSecretRef, nodePublishSecretRef, nodeStageSecretRef, readOnly, volumeAttributes, volumeHandle);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CSIPersistentVolumeSource {\n");
    sb.append("    controllerExpandSecretRef: ").append(String.valueOf(controllerExpandSecretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    controllerPublishSecretRef: ").append(String.valueOf(controllerPublishSecretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    nodeExpandSecretRef: ").append(String.valueOf(nodeExpandSecretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    nodePublishSecretRef: ").append(String.valueOf(nodePublishSecretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    nodeStageSecretRef: ").append(String.valueOf(nodeStageSecretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    volumeAttributes: ").append(String.valueOf(volumeAttributes).replace("\n", "\n    ")).append('\n');
    sb.append("    volumeHandle: ").append(volumeHandle).append('\n');
    return sb.append("}").toString();
  }
}
