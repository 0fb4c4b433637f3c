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
 * Maps a string key to a path within a volume.
 */
public class V1KeyToPath {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "key",
      "mode",
      "path",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1KeyToPath> CODEC = new Codec<V1KeyToPath>() {
    @Override
    public V1KeyToPath read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1KeyToPath)");
      }
      V1KeyToPath o = new V1KeyToPath();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.key = Codecs.STRING.read(p);
            break;
          case 1:
            o.mode = Codecs.INT32.read(p);
            break;
          case 2:
            o.path = Codecs.STRING.read(p);
            break;
          case 3:
            o.user = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1KeyToPath o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.key != null) {
        g.writeFieldName("key");
        Codecs.STRING.write(g, o.key);
      }
      if (o.mode != null) {
        g.writeFieldName("mode");
        Codecs.INT32.write(g, o.mode);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        Codecs.INT64.write(g, o.user);
      }
      g.writeEndObject();
    }
  };

  private String key;

  private Integer mode;

  private String path;

  private Long user;

  public V1KeyToPath key(String key) {
    this.key = key;
    return this;
  }

  /**
   * key is the key to project.
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public V1KeyToPath mode(Integer mode) {
    this.mode = mode;
    return this;
  }

  /**
   * mode is Optional: mode bits used to set permissions on this file. Must be an octal value
   * between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and
   * decimal values, JSON requires decimal values for mode bits. If not specified, the volume
   * defaultMode will be used. This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @return mode
   */
  public Integer getMode() {
    return mode;
  }

  public void setMode(Integer mode) {
    this.mode = mode;
  }

  public V1KeyToPath path(String path) {
    this.path = path;
    return this;
  }

  /**
   * path is the relative path of the file to map the key to. May not be an absolute path. May
   * not contain the path element '..'. May not start with the string '..'.
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1KeyToPath user(Long user) {
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
    V1KeyToPath that = (V1KeyToPath) other;
    return Objects.equals(key, that.key)
        && Objects.equals(mode, that.mode)
        && Objects.equals(path, that.path)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, mode, path, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1KeyToPath {\n");
    sb.append("    key: ").append(key).append('\n');
    sb.append("    mode: ").append(mode).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    user: ").append(user).append('\n');
    return sb.append("}").toString();
  }
}
