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
 * Represents a Ceph Filesystem mount that lasts the lifetime of a pod Cephfs volumes do not
 * support ownership management or SELinux relabeling.
 */
public class V1CephFSPersistentVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "monitors",
      "path",
      "readOnly",
      "secretFile",
      "secretRef",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CephFSPersistentVolumeSource> CODEC = new Codec<V1CephFSPersistentVolumeSource>() {
    @Override
    public V1CephFSPersistentVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CephFSPersistentVolumeSource)");
      }
      V1CephFSPersistentVolumeSource o = new V1CephFSPersistentVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.monitors = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.path = Codecs.STRING.read(p);
            break;
          case 2:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.secretFile = Codecs.STRING.read(p);
            break;
          case 4:
            o.secretRef = V1SecretReference.CODEC.read(p);
            break;
          case 5:
            o.user = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CephFSPersistentVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.monitors != null) {
        g.writeFieldName("monitors");
        Codecs.listOf(Codecs.STRING).write(g, o.monitors);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.secretFile != null) {
        g.writeFieldName("secretFile");
        Codecs.STRING.write(g, o.secretFile);
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

  private List<String> monitors;

  private String path;

  private Boolean readOnly;

  private String secretFile;

  private V1SecretReference secretRef;

  private String user;

  public V1CephFSPersistentVolumeSource monitors(List<String> monitors) {
    this.monitors = monitors;
    return this;
  }

  public V1CephFSPersistentVolumeSource addMonitorsItem(String item) {
    if (this.monitors == null) {
      this.monitors = new ArrayList<>();
    }
    this.monitors.add(item);
    return this;
  }

  /**
   * monitors is Required: Monitors is a collection of Ceph monitors More info:
   * https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   *
   * @return monitors
   */
  public List<String> getMonitors() {
    return monitors;
  }

  public void setMonitors(List<String> monitors) {
    this.monitors = monitors;
  }

  public V1CephFSPersistentVolumeSource path(String path) {
    this.path = path;
    return this;
  }

  /**
   * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1CephFSPersistentVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly
   * setting in VolumeMounts. More info:
   * https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1CephFSPersistentVolumeSource secretFile(String secretFile) {
    this.secretFile = secretFile;
    return this;
  }

  /**
   * secretFile is Optional: SecretFile is the path to key ring for User, default is
   * /etc/ceph/user.secret More info:
   * https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   *
   * @return secretFile
   */
  public String getSecretFile() {
    return secretFile;
  }

  public void setSecretFile(String secretFile) {
    this.secretFile = secretFile;
  }

  public V1CephFSPersistentVolumeSource secretRef(V1SecretReference secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  /**
   * secretRef is Optional: SecretRef is reference to the authentication secret for User, default
   * is empty. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
   *
   * @return secretRef
   */
  public V1SecretReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(V1SecretReference secretRef) {
    this.secretRef = secretRef;
  }

  public V1CephFSPersistentVolumeSource user(String user) {
    this.user = user;
    return this;
  }

  /**
   * user is Optional: User is the rados user name, default is admin More info:
   * https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
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
    V1CephFSPersistentVolumeSource that = (V1CephFSPersistentVolumeSource) other;
    return Objects.equals(monitors, that.monitors)
        && Objects.equals(path, that.path)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(secretFile, that.secretFile)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(monitors, path, readOnly, secretFile, secretRef, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CephFSPersistentVolumeSource {\n");
    sb.append("    monitors: ").append(String.valueOf(monitors).replace("\n", "\n    ")).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    secretFile: ").append(secretFile).append('\n');
    sb.append("    secretRef: ").append(String.valueOf(secretRef).replace("\n", "\n    ")).append('\n');
    sb.append("    user: ").append(user).append('\n');
    return sb.append("}").toString();
  }
}
