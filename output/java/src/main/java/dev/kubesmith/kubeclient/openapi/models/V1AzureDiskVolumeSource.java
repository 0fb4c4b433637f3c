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
 * AzureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 */
public class V1AzureDiskVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "cachingMode",
      "diskName",
      "diskURI",
      "fsType",
      "kind",
      "readOnly");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1AzureDiskVolumeSource> CODEC = new Codec<V1AzureDiskVolumeSource>() {
    @Override
    public V1AzureDiskVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1AzureDiskVolumeSource)");
      }
      V1AzureDiskVolumeSource o = new V1AzureDiskVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.cachingMode = Codecs.STRING.read(p);
            break;
          case 1:
            o.diskName = Codecs.STRING.read(p);
            break;
          case 2:
            o.diskURI = Codecs.STRING.read(p);
            break;
          case 3:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 4:
            o.kind = Codecs.STRING.read(p);
            break;
          case 5:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1AzureDiskVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.cachingMode != null) {
        g.writeFieldName("cachingMode");
        Codecs.STRING.write(g, o.cachingMode);
      }
      if (o.diskName != null) {
        g.writeFieldName("diskName");
        Codecs.STRING.write(g, o.diskName);
      }
      if (o.diskURI != null) {
        g.writeFieldName("diskURI");
        Codecs.STRING.write(g, o.diskURI);
      }
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      g.writeEndObject();
    }
  };

  private String cachingMode;

  private String diskName;

  private String diskURI;

  private String fsType;

  private String kind;

  private Boolean readOnly;

  public V1AzureDiskVolumeSource cachingMode(String cachingMode) {
    this.cachingMode = cachingMode;
    return this;
  }

  /**
   * cachingMode is the Host Caching mode: None, Read Only, Read Write.
   *
   * @return cachingMode
   */
  public String getCachingMode() {
    return cachingMode;
  }

  public void setCachingMode(String cachingMode) {
    this.cachingMode = cachingMode;
  }

  public V1AzureDiskVolumeSource diskName(String diskName) {
    this.diskName = diskName;
    return this;
  }

  /**
   * diskName is the Name of the data disk in the blob storage
   *
   * @return diskName
   */
  public String getDiskName() {
    return diskName;
  }

  public void setDiskName(String diskName) {
    this.diskName = diskName;
  }

  public V1AzureDiskVolumeSource diskURI(String diskURI) {
    this.diskURI = diskURI;
    return this;
  }

  /**
   * diskURI is the URI of data disk in the blob storage
   *
   * @return diskURI
   */
  public String getDiskURI() {
    return diskURI;
  }

  public void setDiskURI(String diskURI) {
    this.diskURI = diskURI;
  }

  public V1AzureDiskVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType is Filesystem type to mount. Must be a filesystem type supported by the host
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

  public V1AzureDiskVolumeSource kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single
   * blob disk per storage account  Managed: azure managed data disk (only in managed
   * availability set). defaults to shared
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1AzureDiskVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in
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

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1AzureDiskVolumeSource that = (V1AzureDiskVolumeSource) other;
    return Objects.equals(cachingMode, that.cachingMode)
        && Objects.equals(diskName, that.diskName)
        && Objects.equals(diskURI, that.diskURI)
        && Objects.equals(fsType, that.fsType)
        && Objects.equals(kind, that.kind)
        && Objects.equals(readOnly, that.readOnly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cachingMode, diskName, diskURI, fsType, kind, readOnly);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1AzureDiskVolumeSource {\n");
    sb.append("    cachingMode: ").append(cachingMode).append('\n');
    sb.append("    diskName: ").append(diskName).append('\n');
    sb.append("    diskURI: ").append(diskURI).append('\n');
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    return sb.append("}").toString();
  }
}
