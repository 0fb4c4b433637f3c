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
 * VolumeMountStatus shows status of volume mounts.
 */
public class V1VolumeMountStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "mountPath",
      "name",
      "readOnly",
      "recursiveReadOnly",
      "volumeStatus");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeMountStatus> CODEC = new Codec<V1VolumeMountStatus>() {
    @Override
    public V1VolumeMountStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeMountStatus)");
      }
      V1VolumeMountStatus o = new V1VolumeMountStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.mountPath = Codecs.STRING.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          case 2:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.recursiveReadOnly = Codecs.STRING.read(p);
            break;
          case 4:
            o.volumeStatus = V1VolumeStatus.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeMountStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.mountPath != null) {
        g.writeFieldName("mountPath");
        Codecs.STRING.write(g, o.mountPath);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.recursiveReadOnly != null) {
        g.writeFieldName("recursiveReadOnly");
        Codecs.STRING.write(g, o.recursiveReadOnly);
      }
      if (o.volumeStatus != null) {
        g.writeFieldName("volumeStatus");
        V1VolumeStatus.CODEC.write(g, o.volumeStatus);
      }
      g.writeEndObject();
    }
  };

  private String mountPath;

  private String name;

  private Boolean readOnly;

  private String recursiveReadOnly;

  private V1VolumeStatus volumeStatus;

  public V1VolumeMountStatus mountPath(String mountPath) {
    this.mountPath = mountPath;
    return this;
  }

  /**
   * MountPath corresponds to the original VolumeMount.
   *
   * @return mountPath
   */
  public String getMountPath() {
    return mountPath;
  }

  public void setMountPath(String mountPath) {
    this.mountPath = mountPath;
  }

  public V1VolumeMountStatus name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name corresponds to the name of the original VolumeMount.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1VolumeMountStatus readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * ReadOnly corresponds to the original VolumeMount.
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1VolumeMountStatus recursiveReadOnly(String recursiveReadOnly) {
    this.recursiveReadOnly = recursiveReadOnly;
    return this;
  }

  /**
   * RecursiveReadOnly must be set to Disabled, Enabled, or unspecified (for non-readonly
   * mounts). An IfPossible value in the original VolumeMount must be translated to Disabled or
   * Enabled, depending on the mount result.
   *
   * @return recursiveReadOnly
   */
  public String getRecursiveReadOnly() {
    return recursiveReadOnly;
  }

  public void setRecursiveReadOnly(String recursiveReadOnly) {
    this.recursiveReadOnly = recursiveReadOnly;
  }

  public V1VolumeMountStatus volumeStatus(V1VolumeStatus volumeStatus) {
    this.volumeStatus = volumeStatus;
    return this;
  }

  /**
   * volumeStatus represents volume-type-specific status about the mounted volume.
   *
   * @return volumeStatus
   */
  public V1VolumeStatus getVolumeStatus() {
    return volumeStatus;
  }

  public void setVolumeStatus(V1VolumeStatus volumeStatus) {
    this.volumeStatus = volumeStatus;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeMountStatus that = (V1VolumeMountStatus) other;
    return Objects.equals(mountPath, that.mountPath)
        && Objects.equals(name, that.name)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(recursiveReadOnly, that.recursiveReadOnly)
        && Objects.equals(volumeStatus, that.volumeStatus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mountPath, name, readOnly, recursiveReadOnly, volumeStatus);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeMountStatus {\n");
    sb.append("    mountPath: ").append(mountPath).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    recursiveReadOnly: ").append(recursiveReadOnly).append('\n');
    sb.append("    volumeStatus: ").append(String.valueOf(volumeStatus).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
