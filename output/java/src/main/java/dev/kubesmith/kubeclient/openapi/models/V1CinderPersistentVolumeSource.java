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
 * Represents a cinder volume resource in Openstack. A Cinder volume must exist before mounting
 * to a container. The volume must also be in the same region as the kubelet. Cinder volumes
 * support ownership management and SELinux relabeling.
 */
public class V1CinderPersistentVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "readOnly",
      "secretRef",
      "volumeID");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CinderPersistentVolumeSource> CODEC = new Codec<V1CinderPersistentVolumeSource>() {
    @Override
    public V1CinderPersistentVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CinderPersistentVolumeSource)");
      }
      V1CinderPersistentVolumeSource o = new V1CinderPersistentVolumeSource();
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
            o.secretRef = V1SecretReference.CODEC.read(p);
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
    public void write(JsonGenerator g, V1CinderPersistentVolumeSource o) throws IOException {
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
        V1SecretReference.CODEC.write(g, o.secretRef);
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

  private V1SecretReference secretRef;

  private String volumeID;

  public V1CinderPersistentVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType Filesystem type to mount. Must be a filesystem type supported by the host operating
   * system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
   * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1CinderPersistentVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly
   * setting in VolumeMounts. More info: https://examples.k8s.io/mysql-cinder-pd/README.md
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1CinderPersistentVolumeSource secretRef(V1SecretReference secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  /**
   * secretRef is Optional: points to a secret object containing parameters used to connect to
   * OpenStack.
   *
   * @return secretRef
   */
  public V1SecretReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(V1SecretReference secretRef) {
    this.secretRef = secretRef;
  }

  public V1CinderPersistentVolumeSource volumeID(String volumeID) {
    this.volumeID = volumeID;
    return this;
  }

  /**
   * volumeID used to identify the volume in cinder. More info:
   * https://examples.k8s.io/mysql-cinder-pd/README.md
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
    V1CinderPersistentVolumeSource that = (V1CinderPersistentVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(volumeID, that.volumeID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, readOnly, secretRef, volumeID);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CinderPersistentVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    secretRef: ").append(String.valueOf(secretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    volumeID: ").append(volumeID).append('\n');
    return sb.append("}").toString();
  }
}
