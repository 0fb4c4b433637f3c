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
 * DownwardAPIVolumeSource represents a volume containing downward API info. Downward API
 * volumes support ownership management and SELinux relabeling.
 */
public class V1DownwardAPIVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "defaultMode",
      "defaultUser",
      "items");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DownwardAPIVolumeSource> CODEC = new Codec<V1DownwardAPIVolumeSource>() {
    @Override
    public V1DownwardAPIVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DownwardAPIVolumeSource)");
      }
      V1DownwardAPIVolumeSource o = new V1DownwardAPIVolumeSource();
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
            o.items = Codecs.listOf(V1DownwardAPIVolumeFile.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DownwardAPIVolumeSource o) throws IOException {
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
        Codecs.listOf(V1DownwardAPIVolumeFile.CODEC).write(g, o.items);
      }
      g.writeEndObject();
    }
  };

  private Integer defaultMode;

  private Long defaultUser;

  private List<V1DownwardAPIVolumeFile> items;

  public V1DownwardAPIVolumeSource defaultMode(Integer defaultMode) {
    this.defaultMode = defaultMode;
    return this;
  }

  /**
   * Optional: mode bits to use on created files by default. Must be a Optional: mode bits used
   * to set permissions on created files by default. Must be an octal value between 0000 and 0777
   * or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON
   * requires decimal values for mode bits. Defaults to 0644. Directories within the path are not
   * affected by this setting. This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @return defaultMode
   */
  public Integer getDefaultMode() {
    return defaultMode;
  }

  public void setDefaultMode(Integer defaultMode) {
    this.defaultMode = defaultMode;
  }

  public V1DownwardAPIVolumeSource defaultUser(Long defaultUser) {
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

  public V1DownwardAPIVolumeSource items(List<V1DownwardAPIVolumeFile> items) {
    this.items = items;
    return this;
  }

  public V1DownwardAPIVolumeSource addItemsItem(V1DownwardAPIVolumeFile item) {
    if (this.items == null) {
      this.items = new ArrayList<>();
    }
    this.items.add(item);
    return this;
  }

  /**
   * Items is a list of downward API volume file
   *
   * @return items
   */
  public List<V1DownwardAPIVolumeFile> getItems() {
    return items;
  }

  public void setItems(List<V1DownwardAPIVolumeFile> items) {
    this.items = items;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1DownwardAPIVolumeSource that = (V1DownwardAPIVolumeSource) other;
    return Objects.equals(defaultMode, that.defaultMode)
        && Objects.equals(defaultUser, that.defaultUser)
        && Objects.equals(items, that.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultMode, defaultUser, items);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DownwardAPIVolumeSource {\n");
    sb.append("    defaultMode: ").append(defaultMode).append('\n');
    sb.append("    defaultUser: ").append(defaultUser).append('\n');
    sb.append("    items: ").append(String.valueOf(items).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
