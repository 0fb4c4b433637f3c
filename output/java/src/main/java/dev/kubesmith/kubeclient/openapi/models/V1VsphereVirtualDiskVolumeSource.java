package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * Represents a vSphere volume resource.
 */
public class V1VsphereVirtualDiskVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "storagePolicyID",
      "storagePolicyName",
      "volumePath");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VsphereVirtualDiskVolumeSource> CODEC = new Codec<V1VsphereVirtualDiskVolumeSource>() {
    @Override
    public V1VsphereVirtualDiskVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VsphereVirtualDiskVolumeSource)");
      }
      V1VsphereVirtualDiskVolumeSource o = new V1VsphereVirtualDiskVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 1:
            o.storagePolicyID = Codecs.STRING.read(p);
            break;
          case 2:
            o.storagePolicyName = Codecs.STRING.read(p);
            break;
          case 3:
            o.volumePath = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VsphereVirtualDiskVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.storagePolicyID != null) {
        g.writeFieldName("storagePolicyID");
        Codecs.STRING.write(g, o.storagePolicyID);
      }
      if (o.storagePolicyName != null) {
        g.writeFieldName("storagePolicyName");
        Codecs.STRING.write(g, o.storagePolicyName);
      }
      if (o.volumePath != null) {
        g.writeFieldName("volumePath");
        Codecs.STRING.write(g, o.volumePath);
      }
      g.writeEndObject();
    }
  };

  private String fsType;

  private String storagePolicyID;

  private String storagePolicyName;

  private String volumePath;

  public V1VsphereVirtualDiskVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType is filesystem type to mount. Must be a filesystem type supported by the host
   * operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if
   * unspecified.
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1VsphereVirtualDiskVolumeSource storagePolicyID(String storagePolicyID) {
    this.storagePolicyID = storagePolicyID;
    return this;
  }

  /**
   * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the
   * StoragePolicyName.
   *
   * @return storagePolicyID
   */
  public String getStoragePolicyID() {
    return storagePolicyID;
  }

  public void setStoragePolicyID(String storagePolicyID) {
    this.storagePolicyID = storagePolicyID;
  }

  public V1VsphereVirtualDiskVolumeSource storagePolicyName(String storagePolicyName) {
    this.storagePolicyName = storagePolicyName;
    return this;
  }

  /**
   * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
   *
   * @return storagePolicyName
   */
  public String getStoragePolicyName() {
    return storagePolicyName;
  }

  public void setStoragePolicyName(String storagePolicyName) {
    this.storagePolicyName = storagePolicyName;
  }

  public V1VsphereVirtualDiskVolumeSource volumePath(String volumePath) {
    this.volumePath = volumePath;
    return this;
  }

  /**
   * volumePath is the path that identifies vSphere volume vmdk
   *
   * @return volumePath
   */
  public String getVolumePath() {
    return volumePath;
  }

  public void setVolumePath(String volumePath) {
    this.volumePath = volumePath;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VsphereVirtualDiskVolumeSource that = (V1VsphereVirtualDiskVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(storagePolicyID, that.storagePolicyID)
        && Objects.equals(storagePolicyName, that.storagePolicyName)
        && Objects.equals(volumePath, that.volumePath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, storagePolicyID, storagePolicyName, volumePath);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VsphereVirtualDiskVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    storagePolicyID: ").append(storagePolicyID).append('\n');
    sb.append("    storagePolicyName: ").append(storagePolicyName).append('\n');
    sb.append("    volumePath: ").append(volumePath).append('\n');
    return sb.append("}").toString();
  }
}
