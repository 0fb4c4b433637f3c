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
 * Adapts a Secret into a volume.
 *
 * The contents of the target Secret's Data field will be presented in a volume as files using
 * the keys in the Data field as the file names. Secret volumes support ownership management
 * and SELinux relabeling.
 */
public class V1SecretVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "defaultMode",
      "defaultUser",
      "items",
      "optional",
      "secretName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SecretVolumeSource> CODEC = new Codec<V1SecretVolumeSource>() {
    @Override
    public V1SecretVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SecretVolumeSource)");
      }
      V1SecretVolumeSource o = new V1SecretVolumeSource();
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
            o.optional = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.secretName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SecretVolumeSource o) throws IOException {
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
      if (o.optional != null) {
        g.writeFieldName("optional");
        Codecs.BOOLEAN.write(g, o.optional);
      }
      if (o.secretName != null) {
        g.writeFieldName("secretName");
        Codecs.STRING.write(g, o.secretName);
      }
      g.writeEndObject();
    }
  };

  private Integer defaultMode;

  private Long defaultUser;

  private List<V1KeyToPath> items;

  private Boolean optional;

  private String secretName;

  public V1SecretVolumeSource defaultMode(Integer defaultMode) {
    this.defaultMode = defaultMode;
    return this;
  }

  /**
   * defaultMode is Optional: mode bits used to set permissions on created files by default. Must
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

  public V1SecretVolumeSource defaultUser(Long defaultUser) {
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

  public V1SecretVolumeSource items(List<V1KeyToPath> items) {
    this.items = items;
    return this;
  }

  public V1SecretVolumeSource addItemsItem(V1KeyToPath item) {
    if (this.items == null) {
      this.items = new ArrayList<>();
    }
    this.items.add(item);
    return this;
  }

  /**
   * items If unspecified, each key-value pair in the Data field of the referenced Secret will be
   * projected into the volume as a file whose name is the key and content is the value. If
   * specified, the listed keys will be projected into the specified paths, and unlisted keys
   * will not be present. If a key is specified which is not present in the Secret, the volume
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

  public V1SecretVolumeSource optional(Boolean optional) {
    this.optional = optional;
    return this;
  }

  /**
   * optional field specify whether the Secret or its keys must be defined
   *
   * @return optional
   */
  public Boolean getOptional() {
    return optional;
  }

  public void setOptional(Boolean optional) {
    this.optional = optional;
  }

  public V1SecretVolumeSource secretName(String secretName) {
    this.secretName = secretName;
    return this;
  }

  /**
   * secretName is the name of the secret in the pod's namespace to use. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes#secret
   *
   * @return secretName
   */
  public String getSecretName() {
    return secretName;
  }

  public void setSecretName(String secretName) {
    this.secretName = secretName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SecretVolumeSource that = (V1SecretVolumeSource) other;
    return Objects.equals(defaultMode, that.defaultMode)
        && Objects.equals(defaultUser, that.defaultUser)
        && Objects.equals(items, that.items)
        && Objects.equals(optional, that.optional)
        && Objects.equals(secretName, that.secretName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultMode, defaultUser, items, optional, secretName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SecretVolumeSource {\n");
    sb.append("    defaultMode: ").append(defaultMode).append('\n');
    sb.append("    defaultUser: ").append(defaultUser).append('\n');
    sb.append("    items: ").append(String.valueOf(items).replace("\n", "\n    ")).append('\n');
    sb.append("    optional: ").append(optional).append('\n');
    sb.append("    secretName: ").append(secretName).append('\n');
    return sb.append("}").toString();
  }
}
