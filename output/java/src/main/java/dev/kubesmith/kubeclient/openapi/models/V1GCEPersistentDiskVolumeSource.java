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
 * Represents a Persistent Disk resource in Google Compute Engine.
 *
 * A GCE PD must exist before mounting to a container. The disk must also be in the same GCE
 * project and zone as the kubelet. A GCE PD can only be mounted as read/write once or
 * read-only many times. GCE PDs support ownership management and SELinux relabeling.
 */
public class V1GCEPersistentDiskVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "partition",
      "pdName",
      "readOnly");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1GCEPersistentDiskVolumeSource> CODEC = new Codec<V1GCEPersistentDiskVolumeSource>() {
    @Override
    public V1GCEPersistentDiskVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1GCEPersistentDiskVolumeSource)");
      }
      V1GCEPersistentDiskVolumeSource o = new V1GCEPersistentDiskVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 1:
            o.partition = Codecs.INT32.read(p);
            break;
          case 2:
            o.pdName = Codecs.STRING.read(p);
            break;
          case 3:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1GCEPersistentDiskVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.partition != null) {
        g.writeFieldName("partition");
        Codecs.INT32.write(g, o.partition);
      }
      if (o.pdName != null) {
        g.writeFieldName("pdName");
        Codecs.STRING.write(g, o.pdName);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      g.writeEndObject();
    }
  };

  private String fsType;

  private Integer partition;

  private String pdName;

  private Boolean readOnly;

  public V1GCEPersistentDiskVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType is filesystem type of the volume that you want to mount. Tip: Ensure that the
   * filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs".
   * Implicitly inferred to be "ext4" if unspecified. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1GCEPersistentDiskVolumeSource partition(Integer partition) {
    this.partition = partition;
    return this;
  }

  /**
   * partition is the partition in the volume that you want to mount. If omitted, the default is
   * to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1".
   * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   *
   * @return partition
   */
  public Integer getPartition() {
    return partition;
  }

  public void setPartition(Integer partition) {
    this.partition = partition;
  }

  public V1GCEPersistentDiskVolumeSource pdName(String pdName) {
    this.pdName = pdName;
    return this;
  }

  /**
   * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE. More
   * info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
   *
   * @return pdName
   */
  public String getPdName() {
    return pdName;
  }

  public void setPdName(String pdName) {
    this.pdName = pdName;
  }

  public V1GCEPersistentDiskVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
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
    V1GCEPersistentDiskVolumeSource that = (V1GCEPersistentDiskVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(partition, that.partition)
        && Objects.equals(pdName, that.pdName)
        && Objects.equals(readOnly, that.readOnly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, partition, pdName, readOnly);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1GCEPersistentDiskVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    partition: ").append(partition).append('\n');
    sb.append("    pdName: ").append(pdName).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    return sb.append("}").toString();
  }
}
