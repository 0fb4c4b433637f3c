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
 * Represents a Photon Controller persistent disk resource.
 */
public class V1PhotonPersistentDiskVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "pdID");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PhotonPersistentDiskVolumeSource> CODEC = new Codec<V1PhotonPersistentDiskVolumeSource>() {
    @Override
    public V1PhotonPersistentDiskVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PhotonPersistentDiskVolumeSource)");
      }
      V1PhotonPersistentDiskVolumeSource o = new V1PhotonPersistentDiskVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 1:
            o.pdID = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PhotonPersistentDiskVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.pdID != null) {
        g.writeFieldName("pdID");
        Codecs.STRING.write(g, o.pdID);
      }
      g.writeEndObject();
    }
  };

  private String fsType;

  private String pdID;

  public V1PhotonPersistentDiskVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType is the filesystem type to mount. Must be a filesystem type supported by the host
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

  public V1PhotonPersistentDiskVolumeSource pdID(String pdID) {
    this.pdID = pdID;
    return this;
  }

  /**
   * pdID is the ID that identifies Photon Controller persistent disk
   *
   * @return pdID
   */
  public String getPdID() {
    return pdID;
  }

  public void setPdID(String pdID) {
    this.pdID = pdID;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PhotonPersistentDiskVolumeSource that = (V1PhotonPersistentDiskVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(pdID, that.pdID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, pdID);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PhotonPersistentDiskVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    pdID: ").append(pdID).append('\n');
    return sb.append("}").toString();
  }
}
