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
 * Represents a StorageOS persistent volume resource.
 */
public class V1StorageOSPersistentVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "readOnly",
      "secretRef",
      "volumeName",
      "volumeNamespace");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StorageOSPersistentVolumeSource> CODEC = new Codec<V1StorageOSPersistentVolumeSource>() {
    @Override
    public V1StorageOSPersistentVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StorageOSPersistentVolumeSource)");
      }
      V1StorageOSPersistentVolumeSource o = new V1StorageOSPersistentVolumeSource();
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
            o.secretRef = V1ObjectReference.CODEC.read(p);
            break;
          case 3:
            o.volumeName = Codecs.STRING.read(p);
            break;
          case 4:
            o.volumeNamespace = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StorageOSPersistentVolumeSource o) throws IOException {
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
      if (o.secretRef != null) {
        g.writeFieldName("secretRef");
        V1ObjectReference.CODEC.write(g, o.secretRef);
      }
      if (o.volumeName != null) {
        g.writeFieldName("volumeName");
        Codecs.STRING.write(g, o.volumeName);
      }
      if (o.volumeNamespace != null) {
        g.writeFieldName("volumeNamespace");
        Codecs.STRING.write(g, o.volumeNamespace);
      }
      g.writeEndObject();
    }
  };

  private String fsType;

  private Boolean readOnly;

  private V1ObjectReference secretRef;

  private String volumeName;

  private String volumeNamespace;

  public V1StorageOSPersistentVolumeSource fsType(String fsType) {
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

  public V1StorageOSPersistentVolumeSource readOnly(Boolean readOnly) {
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

  public V1StorageOSPersistentVolumeSource secretRef(V1ObjectReference secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  /**
   * secretRef specifies the secret to use for obtaining the StorageOS API credentials.  If not
   * specified, default values will be attempted.
   *
   * @return secretRef
   */
  public V1ObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(V1ObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public V1StorageOSPersistentVolumeSource volumeName(String volumeName) {
    this.volumeName = volumeName;
    return this;
  }

  /**
   * volumeName is the human-readable name of the StorageOS volume.  Volume names are only unique
   * within a namespace.
   *
   * @return volumeName
   */
  public String getVolumeName() {
    return volumeName;
  }

  public void setVolumeName(String volumeName) {
    this.volumeName = volumeName;
  }

  public V1StorageOSPersistentVolumeSource volumeNamespace(String volumeNamespace) {
    this.volumeNamespace = volumeNamespace;
    return this;
  }

  /**
   * volumeNamespace specifies the scope of the volume within StorageOS.  If no namespace is
   * specified then the Pod's namespace will be used.  This allows the Kubernetes name scoping to
   * be mirrored within StorageOS for tighter integration. Set VolumeName to any name to override
   * the default behaviour. Set to "default" if you are not using namespaces within StorageOS.
   * Namespaces that do not pre-exist within StorageOS will be created.
   *
   * @return volumeNamespace
   */
  public String getVolumeNamespace() {
    return volumeNamespace;
  }

  public void setVolumeNamespace(String volumeNamespace) {
    this.volumeNamespace = volumeNamespace;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1StorageOSPersistentVolumeSource that = (V1StorageOSPersistentVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(volumeName, that.volumeName)
        && Objects.equals(volumeNamespace, that.volumeNamespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, readOnly, secretRef, volumeName, volumeNamespace);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StorageOSPersistentVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    secretRef: ").append(String.valueOf(secretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    volumeName: ").append(volumeName).append('\n');
    sb.append("    volumeNamespace: ").append(volumeNamespace).append('\n');
    return sb.append("}").toString();
  }
}
