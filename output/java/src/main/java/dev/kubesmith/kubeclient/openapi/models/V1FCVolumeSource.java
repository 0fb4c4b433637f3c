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
 * Represents a Fibre Channel volume. Fibre Channel volumes can only be mounted as read/write
 * once. Fibre Channel volumes support ownership management and SELinux relabeling.
 */
public class V1FCVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "lun",
      "readOnly",
      "targetWWNs",
      "wwids");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1FCVolumeSource> CODEC = new Codec<V1FCVolumeSource>() {
    @Override
    public V1FCVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1FCVolumeSource)");
      }
      V1FCVolumeSource o = new V1FCVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 1:
            o.lun = Codecs.INT32.read(p);
            break;
          case 2:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.targetWWNs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 4:
            o.wwids = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1FCVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.lun != null) {
        g.writeFieldName("lun");
        Codecs.INT32.write(g, o.lun);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.targetWWNs != null) {
        g.writeFieldName("targetWWNs");
        Codecs.listOf(Codecs.STRING).write(g, o.targetWWNs);
      }
      if (o.wwids != null) {
        g.writeFieldName("wwids");
        Codecs.listOf(Codecs.STRING).write(g, o.wwids);
      }
      g.writeEndObject();
    }
  };

  private String fsType;

  private Integer lun;

  private Boolean readOnly;

  private List<String> targetWWNs;

  private List<String> wwids;

  public V1FCVolumeSource fsType(String fsType) {
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

  public V1FCVolumeSource lun(Integer lun) {
    this.lun = lun;
    return this;
  }

  /**
   * lun is Optional: FC target lun number
   *
   * @return lun
   */
  public Integer getLun() {
    return lun;
  }

  public void setLun(Integer lun) {
    this.lun = lun;
  }

  public V1FCVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly
   * setting in VolumeMounts.
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1FCVolumeSource targetWWNs(List<String> targetWWNs) {
    this.targetWWNs = targetWWNs;
    return this;
  }

  public V1FCVolumeSource addTargetWWNsItem(String item) {
    if (this.targetWWNs == null) {
      this.targetWWNs = new ArrayList<>();
    }
    this.targetWWNs.add(item);
    return this;
  }

  /**
   * targetWWNs is Optional: FC target worldwide names (WWNs)
   *
   * @return targetWWNs
   */
  public List<String> getTargetWWNs() {
    return targetWWNs;
  }

  public void setTargetWWNs(List<String> targetWWNs) {
    this.targetWWNs = targetWWNs;
  }

  public V1FCVolumeSource wwids(List<String> wwids) {
    this.wwids = wwids;
    return this;
  }

  public V1FCVolumeSource addWwidsItem(String item) {
    if (this.wwids == null) {
      this.wwids = new ArrayList<>();
    }
    this.wwids.add(item);
    return this;
  }

  /**
   * wwids Optional: FC volume world wide identifiers (wwids) Either wwids or combination of
   * targetWWNs and lun must be set, but not both simultaneously.
   *
   * @return wwids
   */
  public List<String> getWwids() {
    return wwids;
  }

  public void setWwids(List<String> wwids) {
    this.wwids = wwids;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1FCVolumeSource that = (V1FCVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(lun, that.lun)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(targetWWNs, that.targetWWNs)
        && Objects.equals(wwids, that.wwids);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, lun, readOnly, targetWWNs, wwids);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1FCVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    lun: ").append(lun).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    targetWWNs: ").append(String.valueOf(targetWWNs).replace("\n", "\n    ")).append('\n');
    sb.append("    wwids: ").append(String.valueOf(wwids).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
