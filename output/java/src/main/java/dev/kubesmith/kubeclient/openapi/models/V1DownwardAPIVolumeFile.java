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
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 */
public class V1DownwardAPIVolumeFile {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fieldRef",
      "mode",
      "path",
      "resourceFieldRef",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DownwardAPIVolumeFile> CODEC = new Codec<V1DownwardAPIVolumeFile>() {
    @Override
    public V1DownwardAPIVolumeFile read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DownwardAPIVolumeFile)");
      }
      V1DownwardAPIVolumeFile o = new V1DownwardAPIVolumeFile();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fieldRef = V1ObjectFieldSelector.CODEC.read(p);
            break;
          case 1:
            o.mode = Codecs.INT32.read(p);
            break;
          case 2:
            o.path = Codecs.STRING.read(p);
            break;
          case 3:
            o.resourceFieldRef = V1ResourceFieldSelector.CODEC.read(p);
            break;
          case 4:
            o.user = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DownwardAPIVolumeFile o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fieldRef != null) {
        g.writeFieldName("fieldRef");
        V1ObjectFieldSelector.CODEC.write(g, o.fieldRef);
      }
      if (o.mode != null) {
        g.writeFieldName("mode");
        Codecs.INT32.write(g, o.mode);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.resourceFieldRef != null) {
        g.writeFieldName("resourceFieldRef");
        V1ResourceFieldSelector.CODEC.write(g, o.resourceFieldRef);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        Codecs.INT64.write(g, o.user);
      }
      g.writeEndObject();
    }
  };

  private V1ObjectFieldSelector fieldRef;

  private Integer mode;

  private String path;

  private V1ResourceFieldSelector resourceFieldRef;

  private Long user;

  public V1DownwardAPIVolumeFile fieldRef(V1ObjectFieldSelector fieldRef) {
    this.fieldRef = fieldRef;
    return this;
  }

  /**
   * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are
   * supported.
   *
   * @return fieldRef
   */
  public V1ObjectFieldSelector getFieldRef() {
    return fieldRef;
  }

  public void setFieldRef(V1ObjectFieldSelector fieldRef) {
    this.fieldRef = fieldRef;
  }

  public V1DownwardAPIVolumeFile mode(Integer mode) {
    this.mode = mode;
    return this;
  }

  /**
   * Optional: mode bits used to set permissions on this file, must be an octal value between
   * 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal
   * values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode
   * will be used. This might be in conflict with other options that affect the file mode, like
   * fsGroup, and the result can be other mode bits set.
   *
   * @return mode
   */
  public Integer getMode() {
    return mode;
  }

  public void setMode(Integer mode) {
    this.mode = mode;
  }

  public V1DownwardAPIVolumeFile path(String path) {
    this.path = path;
    return this;
  }

  /**
   * Required: Path is  the relative path name of the file to be created. Must not be absolute or
   * contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not
   * start with '..'
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1DownwardAPIVolumeFile resourceFieldRef(V1ResourceFieldSelector resourceFieldRef) {
    this.resourceFieldRef = resourceFieldRef;
    return this;
  }

  /**
   * Selects a resource of the container: only resources limits and requests (limits.cpu,
   * limits.memory, requests.cpu and requests.memory) are currently supported.
   *
   * @return resourceFieldRef
   */
  public V1ResourceFieldSelector getResourceFieldRef() {
    return resourceFieldRef;
  }

  public void setResourceFieldRef(V1ResourceFieldSelector resourceFieldRef) {
    this.resourceFieldRef = resourceFieldRef;
  }

  public V1DownwardAPIVolumeFile user(Long user) {
    this.user = user;
    return this;
  }

  /**
   * user is Optional: The owner UID of the created file. If specified, the item-level user field
   * takes precedence over defaultUser. (Alpha) This field requires the
   * AtomicWriteVolumeUserFields feature gate to be enabled.
   *
   * @return user
   */
  public Long getUser() {
    return user;
  }

  public void setUser(Long user) {
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
    V1DownwardAPIVolumeFile that = (V1DownwardAPIVolumeFile) other;
    return Objects.equals(fieldRef, that.fieldRef)
        && Objects.equals(mode, that.mode)
        && Objects.equals(path, that.path)
        && Objects.equals(resourceFieldRef, that.resourceFieldRef)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldRef, mode, path, resourceFieldRef, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DownwardAPIVolumeFile {\n");
    sb.append("    fieldRef: ").append(String.valueOf(fieldRef).replace("\n", "\n    ")).append('\n');
    sb.append("    mode: ").append(mode).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    resourceFieldRef: ").append(String.valueOf(resourceFieldRef).replace("\n", "\n    ")).append('\n');
    sb.append("    user: ").append(user).append('\n');
    return sb.append("}").toString();
  }
}
