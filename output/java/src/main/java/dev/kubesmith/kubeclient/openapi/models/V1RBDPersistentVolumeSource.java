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
 * Represents a Rados Block Device mount that lasts the lifetime of a pod. RBD volumes support
 * ownership management and SELinux relabeling.
 */
public class V1RBDPersistentVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fsType",
      "image",
      "keyring",
      "monitors",
      "pool",
      "readOnly",
      "secretRef",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1RBDPersistentVolumeSource> CODEC = new Codec<V1RBDPersistentVolumeSource>() {
    @Override
    public V1RBDPersistentVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1RBDPersistentVolumeSource)");
      }
      V1RBDPersistentVolumeSource o = new V1RBDPersistentVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fsType = Codecs.STRING.read(p);
            break;
          case 1:
            o.image = Codecs.STRING.read(p);
            break;
          case 2:
            o.keyring = Codecs.STRING.read(p);
            break;
          case 3:
            o.monitors = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 4:
            o.pool = Codecs.STRING.read(p);
            break;
          case 5:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 6:
            o.secretRef = V1SecretReference.CODEC.read(p);
            break;
          case 7:
            o.user = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1RBDPersistentVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fsType != null) {
        g.writeFieldName("fsType");
        Codecs.STRING.write(g, o.fsType);
      }
      if (o.image != null) {
        g.writeFieldName("image");
        Codecs.STRING.write(g, o.image);
      }
      if (o.keyring != null) {
        g.writeFieldName("keyring");
        Codecs.STRING.write(g, o.keyring);
      }
      if (o.monitors != null) {
        g.writeFieldName("monitors");
        Codecs.listOf(Codecs.STRING).write(g, o.monitors);
      }
      if (o.pool != null) {
        g.writeFieldName("pool");
        Codecs.STRING.write(g, o.pool);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.secretRef != null) {
        g.writeFieldName("secretRef");
        V1SecretReference.CODEC.write(g, o.secretRef);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        Codecs.STRING.write(g, o.user);
      }
      g.writeEndObject();
    }
  };

  private String fsType;

  private String image;

  private String keyring;

  private List<String> monitors;

  private String pool;

  private Boolean readOnly;

  private V1SecretReference secretRef;

  private String user;

  public V1RBDPersistentVolumeSource fsType(String fsType) {
    this.fsType = fsType;
    return this;
  }

  /**
   * fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the
   * filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs".
   * Implicitly inferred to be "ext4" if unspecified. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#rbd
   *
   * @return fsType
   */
  public String getFsType() {
    return fsType;
  }

  public void setFsType(String fsType) {
    this.fsType = fsType;
  }

  public V1RBDPersistentVolumeSource image(String image) {
    this.image = image;
    return this;
  }

  /**
   * image is the rados image name. More info:
   * https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @return image
   */
  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public V1RBDPersistentVolumeSource keyring(String keyring) {
    this.keyring = keyring;
    return this;
  }

  /**
   * keyring is the path to key ring for RBDUser. Default is /etc/ceph/keyring. More info:
   * https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @return keyring
   */
  public String getKeyring() {
    return keyring;
  }

  public void setKeyring(String keyring) {
    this.keyring = keyring;
  }

  public V1RBDPersistentVolumeSource monitors(List<String> monitors) {
    this.monitors = monitors;
    return this;
  }

  public V1RBDPersistentVolumeSource addMonitorsItem(String item) {
    if (this.monitors == null) {
      this.monitors = new ArrayList<>();
    }
    this.monitors.add(item);
    return this;
  }

  /**
   * monitors is a collection of Ceph monitors. More info:
   * https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @return monitors
   */
  public List<String> getMonitors() {
    return monitors;
  }

  public void setMonitors(List<String> monitors) {
    this.monitors = monitors;
  }

  public V1RBDPersistentVolumeSource pool(String pool) {
    this.pool = pool;
    return this;
  }

  /**
   * pool is the rados pool name. Default is rbd. More info:
   * https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @return pool
   */
  public String getPool() {
    return pool;
  }

  public void setPool(String pool) {
    this.pool = pool;
  }

  public V1RBDPersistentVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info:
   * https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1RBDPersistentVolumeSource secretRef(V1SecretReference secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  /**
   * secretRef is name of the authentication secret for RBDUser. If provided overrides keyring.
   * Default is nil. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @return secretRef
   */
  public V1SecretReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(V1SecretReference secretRef) {
    this.secretRef = secretRef;
  }

  public V1RBDPersistentVolumeSource user(String user) {
    this.user = user;
    return this;
  }

  /**
   * user is the rados user name. Default is admin. More info:
   * https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
   *
   * @return user
   */
  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1RBDPersistentVolumeSource that = (V1RBDPersistentVolumeSource) other;
    return Objects.equals(fsType, that.fsType)
        && Objects.equals(image, that.image)
        && Objects.equals(keyring, that.keyring)
        && Objects.equals(monitors, that.monitors)
        && Objects.equals(pool, that.pool)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsType, image, keyring, monitors, pool, readOnly, secretRef, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1RBDPersistentVolumeSource {\n");
    sb.append("    fsType: ").append(fsType).append('\n');
    sb.append("    image: ").append(image).append('\n');
    sb.append("    keyring: ").append(keyring).append('\n');
    sb.append("    monitors: ").append(String.valueOf(monitors).replace("\n", "\n    ")).append('\n');
    sb.append("    pool: ").append(pool).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    secretRef: ").append(String.valueOf(secretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    user: ").append(user).append('\n');
    return sb.append("}").toString();
  }
}
