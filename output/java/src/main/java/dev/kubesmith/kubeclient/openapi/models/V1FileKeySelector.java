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
 * FileKeySelector selects a key of the env file.
 */
public class V1FileKeySelector {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "key",
      "optional",
      "path",
      "volumeName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1FileKeySelector> CODEC = new Codec<V1FileKeySelector>() {
    @Override
    public V1FileKeySelector read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1FileKeySelector)");
      }
      V1FileKeySelector o = new V1FileKeySelector();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.key = Codecs.STRING.read(p);
            break;
          case 1:
            o.optional = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.path = Codecs.STRING.read(p);
            break;
          case 3:
            o.volumeName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1FileKeySelector o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.key != null) {
        g.writeFieldName("key");
        Codecs.STRING.write(g, o.key);
      }
      if (o.optional != null) {
        g.writeFieldName("optional");
        Codecs.BOOLEAN.write(g, o.optional);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.volumeName != null) {
        g.writeFieldName("volumeName");
        Codecs.STRING.write(g, o.volumeName);
      }
      g.writeEndObject();
    }
  };

  private String key;

  private Boolean optional;

  private String path;

  private String volumeName;

  public V1FileKeySelector key(String key) {
    this.key = key;
    return this;
  }

  /**
   * The key within the env file. An invalid key will prevent the pod from starting. The keys
   * defined within a source may consist of any printable ASCII characters except '='. During
   * Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public V1FileKeySelector optional(Boolean optional) {
    this.optional = optional;
    return this;
  }

  /**
   * Specify whether the file or its key must be defined. If the file or key does not exist, then
   * the env var is not published. If optional is set to true and the specified key does not
   * exist, the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist, an error will be returned
   * during Pod creation.
   *
   * @return optional
   */
  public Boolean getOptional() {
    return optional;
  }

  public void setOptional(Boolean optional) {
    this.optional = optional;
  }

  public V1FileKeySelector path(String path) {
    this.path = path;
    return this;
  }

  /**
   * The path within the volume from which to select the file. Must be relative and may not
   * contain the '..' path or start with '..'.
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1FileKeySelector volumeName(String volumeName) {
    this.volumeName = volumeName;
    return this;
  }

  /**
   * The name of the volume mount containing the env file.
   *
   * @return volumeName
   */
  public String getVolumeName() {
    return volumeName;
  }

  public void setVolumeName(String volumeName) {
    this.volumeName = volumeName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1FileKeySelector that = (V1FileKeySelector) other;
    return Objects.equals(key, that.key)
        && Objects.equals(optional, that.optional)
        && Objects.equals(path, that.path)
        && Objects.equals(volumeName, that.volumeName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, optional, path, volumeName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1FileKeySelector {\n");
    sb.append("    key: ").append(key).append('\n');
    sb.append("    optional: ").append(optional).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    volumeName: ").append(volumeName).append('\n');
    return sb.append("}").toString();
  }
}
