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
 * Adapts a ConfigMap into a volume.
 *
 * The contents of the target ConfigMap's Data field will be presented in a volume as files
 * using the keys in the Data field as the file names, unless the items element is populated
 * with specific mappings of keys to paths. ConfigMap volumes support ownership management and
 * SELinux relabeling.
 */
public class V1ConfigMapVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "defaultMode",
      "defaultUser",
      "items",
      "name",
      "optional");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ConfigMapVolumeSource> CODEC = new Codec<V1ConfigMapVolumeSource>() {
    @Override
    public V1ConfigMapVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ConfigMapVolumeSource)");
      }
      V1ConfigMapVolumeSource o = new V1ConfigMapVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.defaultMode = Codecs.INT32.read(p);
            break;
          case 1:
            o.defaultUser = Codecs.INT64.read(p);
            break;
          case 2:
            o.items = Codecs.listOf(V1KeyToPath.CODEC).read(p);
            break;
          case 3:
            o.name = Codecs.STRING.read(p);
            break;
          case 4:
            o.optional = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ConfigMapVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.defaultMode != null) {
        g.writeFieldName("defaultMode");
        Codecs.INT32.write(g, o.defaultMode);
      }
      if (o.defaultUser != null) {
        g.writeFieldName("defaultUser");
        Codecs.INT64.write(g, o.defaultUser);
      }
      if (o.items != null) {
        g.writeFieldName("items");
        Codecs.listOf(V1KeyToPath.CODEC).write(g, o.items);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.optional != null) {
        g.writeFieldName("optional");
        Codecs.BOOLEAN.write(g, o.optional);
      }
      g.writeEndObject();
    }
  };

  private Integer defaultMode;

  private Long defaultUser;

  private List<V1KeyToPath> items;

  private String name;

  private Boolean optional;

  public V1ConfigMapVolumeSource defaultMode(Integer defaultMode) {
    this.defaultMode = defaultMode;
    return this;
  }

  /**
   * defaultMode is optional: mode bits used to set permissions on created files by default. Must
   * be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts
   * both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644.
   * Directories within the path are not affected by this setting. This might be in conflict with
   * other options that affect the file mode, like fsGroup, and the result can be other mode bits
   * set.
   *
   * @return defaultMode
   */
  public Integer getDefaultMode() {
    return defaultMode;
  }

  public void setDefaultMode(Integer defaultMode) {
    this.defaultMode = defaultMode;
  }

  public V1ConfigMapVolumeSource defaultUser(Long defaultUser) {
    this.defaultUser = defaultUser;
    return this;
  }

  /**
   * defaultUser is Optional: The owner UID of the created files by default. The defaultUser
   * field is only used as a fallback when the item-level user field is unset. (Alpha) This field
   * requires the AtomicWriteVolumeUserFields feature gate to be enabled.
   *
   * @return defaultUser
   */
  public Long getDefaultUser() {
    return defaultUser;
  }

  public void setDefaultUser(Long defaultUser) {
    this.defaultUser = defaultUser;
  }

  public V1ConfigMapVolumeSource items(List<V1KeyToPath> items) {
    this.items = items;
    return this;
  }

  public V1ConfigMapVolumeSource addItemsItem(V1KeyToPath item) {
    if (this.items == null) {
      this.items = new ArrayList<>();
    }
    this.items.add(item);
    return this;
  }

  /**
   * items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will
   * be projected into the volume as a file whose name is the key and content is the value. If
   * specified, the listed keys will be projected into the specified paths, and unlisted keys
   * will not be present. If a key is specified which is not present in the ConfigMap, the volume
   * setup will error unless it is marked optional. Paths must be relative and may not contain
   * the '..' path or start with '..'.
   *
   * @return items
   */
  public List<V1KeyToPath> getItems() {
    return items;
  }

  public void setItems(List<V1KeyToPath> items) {
    this.items = items;
  }

  public V1ConfigMapVolumeSource name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility
   * is allowed to be empty. Instances of this type with an empty value here are almost certainly
   * wrong. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ConfigMapVolumeSource optional(Boolean optional) {
    this.optional = optional;
    return this;
  }

  /**
   * optional specify whether the ConfigMap or its keys must be defined
   *
   * @return optional
   */
  public Boolean getOptional() {
    return optional;
  }

  public void setOptional(Boolean optional) {
    this.optional = optional;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ConfigMapVolumeSource that = (V1ConfigMapVolumeSource) other;
    return Objects.equals(defaultMode, that.defaultMode)
        && Objects.equals(defaultUser, that.defaultUser)
        && Objects.equals(items, that.items)
        && Objects.equals(name, that.name)
        && Objects.equals(optional, that.optional);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultMode, defaultUser, items, name, optional);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ConfigMapVolumeSource {\n");
    sb.append("    defaultMode: ").append(defaultMode).append('\n');
    sb.append("    defaultUser: ").append(defaultUser).append('\n');
    sb.append("    items: ").append(String.valueOf(items).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    optional: ").append(optional).append('\n');
    return sb.append("}").toString();
  }
}
