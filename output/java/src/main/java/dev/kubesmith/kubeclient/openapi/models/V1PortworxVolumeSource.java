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
 * PortworxVolumeSource represents a Portworx volume resource.
 */
public class V1PortworxVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "readOnly",
      "volumeID");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PortworxVolumeSource> CODEC = new Codec<V1PortworxVolumeSource>() {
    @Override
    public V1PortworxVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PortworxVolumeSource)");
      }
      V1PortworxVolumeSource o = new V1PortworxVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 1:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.volumeID = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PortworxVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.volumeID != null) {
        g.writeFieldName("volumeID");
        Codecs.STRING.write(g, o.volumeID);
      }
      g.writeEndObject();
    }
  };

  private String fsType;

  private Boolean readOnly;

  private String volumeID;

  public V1PortworxVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fSType represents the filesystem type to mount Must be a filesystem type supported by the
   * host operating system. Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1PortworxVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in
   * VolumeMounts.
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1PortworxVolumeSource volumeID(String volumeID) {
    this.volumeID = volumeID;
    return this;
  }

  /**
   * volumeID uniquely identifies a Portworx volume
   *
   * @return volumeID
   */
  public String getVolumeID() {
    return volumeID;
  }

  public void setVolumeID(String volumeID) {
    this.volumeID = volumeID;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PortworxVolumeSource that = (V1PortworxVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(volumeID, that.volumeID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, readOnly, volumeID);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PortworxVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    volumeID: ").append(volumeID).append('\n');
    return sb.append("}").toString();
  }
}
