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
 * Represents a source location of a volume to mount, managed by an external CSI driver
 */
public class V1CSIVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "driver",
      "fsType",
      "nodePublishSecretRef",
      "readOnly",
      "volumeAttributes");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CSIVolumeSource> CODEC = new Codec<V1CSIVolumeSource>() {
    @Override
    public V1CSIVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CSIVolumeSource)");
      }
      V1CSIVolumeSource o = new V1CSIVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.driver = Codecs.STRING.read(p);
            break;
          case 1:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 2:
            o.nodePublishSecretRef = V1LocalObjectReference.CODEC.read(p);
            break;
          case 3:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.volumeAttributes = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CSIVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.driver != null) {
        g.writeFieldName("driver");
        Codecs.STRING.write(g, o.driver);
      }
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.nodePublishSecretRef != null) {
        g.writeFieldName("nodePublishSecretRef");
        V1LocalObjectReference.CODEC.write(g, o.nodePublishSecretRef);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.volumeAttributes != null) {
        g.writeFieldName("volumeAttributes");
        Codecs.mapOf(Codecs.STRING).write(g, o.volumeAttributes);
      }
      g.writeEndObject();
    }
  };

  private String driver;

  private String fsType;

  private V1LocalObjectReference nodePublishSecretRef;

  private Boolean readOnly;

  private Map<String, String> volumeAttributes;

  public V1CSIVolumeSource driver(String driver) {
    this.driver = driver;
    return this;
  }

  /**
   * driver is the name of the CSI driver that handles this volume. Consult with your admin for
   * the correct name as registered in the cluster.
   *
   * @return driver
   */
  public String getDriver() {
    return driver;
  }

  public void setDriver(String driver) {
    this.driver = driver;
  }

  public V1CSIVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType to mount. Ex. "ext4", "xfs", "ntfs". If not provided, the empty value is passed to
   * the associated CSI driver which will determine the default filesystem to apply.
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1CSIVolumeSource nodePublishSecretRef(V1LocalObjectReference nodePublishSecretRef) {
    this.nodePublishSecretRef = nodePublishSecretRef;
    return this;
  }

  /**
   * nodePublishSecretRef is a reference to the secret object containing sensitive information to
   * pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls.
   * This field is optional, and  may be empty if no secret is required. If the secret object
   * contains more than one secret, all secret references are passed.
   *
   * @return nodePublishSecretRef
   */
  public V1LocalObjectReference getNodePublishSecretRef() {
    return nodePublishSecretRef;
  }

  public void setNodePublishSecretRef(V1LocalObjectReference nodePublishSecretRef) {
    this.nodePublishSecretRef = nodePublishSecretRef;
  }

  public V1CSIVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly specifies a read-only configuration for the volume. Defaults to false (read/write).
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1CSIVolumeSource volumeAttributes(Map<String, String> volumeAttributes) {
    this.volumeAttributes = volumeAttributes;
    return this;
  }

  public V1CSIVolumeSource putVolumeAttributesItem(String key, String item) {
    if (this.volumeAttributes == null) {
      this.volumeAttributes = new LinkedHashMap<>();
    }
    this.volumeAttributes.put(key, item);
    return this;
  }

  /**
   * volumeAttributes stores driver-specific properties that are passed to the CSI driver.
   * Consult your driver's documentation for supported values.
   *
   * @return volumeAttributes
   */
  public Map<String, String> getVolumeAttributes() {
    return volumeAttributes;
  }

  public void setVolumeAttributes(Map<String, String> volumeAttributes) {
    this.volumeAttributes = volumeAttributes;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CSIVolumeSource that = (V1CSIVolumeSource) other;
    return Objects.equals(driver, that.driver)
        && Objects.equals(fsType, that.fsType)
        && Objects.equals(nodePublishSecretRef, that.nodePublishSecretRef)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(volumeAttributes, that.volumeAttributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(driver, fsType, nodePublishSecretRef, readOnly, volumeAttributes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CSIVolumeSource {\n");
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    nodePublishSecretRef: ").append(String.valueOf(nodePublishSecretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    volumeAttributes: ").append(String.valueOf(volumeAttributes).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
