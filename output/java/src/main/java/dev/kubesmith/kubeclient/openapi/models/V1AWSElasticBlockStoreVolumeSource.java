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
 * Represents a Persistent Disk resource in AWS.
 *
 * An AWS EBS disk must exist before mounting to a container. The disk must also be in the same
 * AWS zone as the kubelet. An AWS EBS disk can only be mounted as read/write once. AWS EBS
 * volumes support ownership management and SELinux relabeling.
 */
public class V1AWSElasticBlockStoreVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "partition",
      "readOnly",
      "volumeID");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1AWSElasticBlockStoreVolumeSource> CODEC = new Codec<V1AWSElasticBlockStoreVolumeSource>() {
    @Override
    public V1AWSElasticBlockStoreVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1AWSElasticBlockStoreVolumeSource)");
      }
      V1AWSElasticBlockStoreVolumeSource o = new V1AWSElasticBlockStoreVolumeSource();
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
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.volumeID = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1AWSElasticBlockStoreVolumeSource o) throws IOException {
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

  private Integer partition;

  private Boolean readOnly;

  private String volumeID;

  public V1AWSElasticBlockStoreVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the
   * filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs".
   * Implicitly inferred to be "ext4" if unspecified. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1AWSElasticBlockStoreVolumeSource partition(Integer partition) {
    this.partition = partition;
    return this;
  }

  /**
   * partition is the partition in the volume that you want to mount. If omitted, the default is
   * to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1".
   * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
   *
   * @return partition
   */
  public Integer getPartition() {
    return partition;
  }

  public void setPartition(Integer partition) {
    this.partition = partition;
  }

  public V1AWSElasticBlockStoreVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly value true will force the readOnly setting in VolumeMounts. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1AWSElasticBlockStoreVolumeSource volumeID(String volumeID) {
    this.volumeID = volumeID;
    return this;
  }

  /**
   * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume). More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
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
    V1AWSElasticBlockStoreVolumeSource that = (V1AWSElasticBlockStoreVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(partition, that.partition)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(volumeID, that.volumeID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, partition, readOnly, volumeID);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1AWSElasticBlockStoreVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    partition: ").append(partition).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    volumeID: ").append(volumeID).append('\n');
    return sb.append("}").toString();
  }
}
