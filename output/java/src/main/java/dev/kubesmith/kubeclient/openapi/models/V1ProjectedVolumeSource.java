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
 * Represents a projected volume source
 */
public class V1ProjectedVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "defaultMode",
      "defaultUser",
      "sources");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ProjectedVolumeSource> CODEC = new Codec<V1ProjectedVolumeSource>() {
    @Override
    public V1ProjectedVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ProjectedVolumeSource)");
      }
      V1ProjectedVolumeSource o = new V1ProjectedVolumeSource();
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
            o.sources = Codecs.listOf(V1VolumeProjection.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ProjectedVolumeSource o) throws IOException {
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
      if (o.sources != null) {
        g.writeFieldName("sources");
        Codecs.listOf(V1VolumeProjection.CODEC).write(g, o.sources);
      }
      g.writeEndObject();
    }
  };

  private Integer defaultMode;

  private Long defaultUser;

  private List<V1VolumeProjection> sources;

  public V1ProjectedVolumeSource defaultMode(Integer defaultMode) {
    this.defaultMode = defaultMode;
    return this;
  }

  /**
   * defaultMode are the mode bits used to set permissions on created files by default. Must be
   * an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both
   * octal and decimal values, JSON requires decimal values for mode bits. Directories within the
   * path are not affected by this setting. This might be in conflict with other options that
   * affect the file mode, like fsGroup, and the result can be other mode bits set.
   *
   * @return defaultMode
   */
  public Integer getDefaultMode() {
    return defaultMode;
  }

  public void setDefaultMode(Integer defaultMode) {
    this.defaultMode = defaultMode;
  }

  public V1ProjectedVolumeSource defaultUser(Long defaultUser) {
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

  public V1ProjectedVolumeSource sources(List<V1VolumeProjection> sources) {
    this.sources = sources;
    return this;
  }

  public V1ProjectedVolumeSource addSourcesItem(V1VolumeProjection item) {
    if (this.sources == null) {
      this.sources = new ArrayList<>();
    }
    this.sources.add(item);
    return this;
  }

  /**
   * sources is the list of volume projections. Each entry in this list handles one source.
   *
   * @return sources
   */
  public List<V1VolumeProjection> getSources() {
    return sources;
  }

  public void setSources(List<V1VolumeProjection> sources) {
    this.sources = sources;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ProjectedVolumeSource that = (V1ProjectedVolumeSource) other;
    return Objects.equals(defaultMode, that.defaultMode)
        && Objects.equals(defaultUser, that.defaultUser)
        && Objects.equals(sources, that.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultMode, defaultUser, sources);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ProjectedVolumeSource {\n");
    sb.append("    defaultMode: ").append(defaultMode).append('\n');
    sb.append("    defaultUser: ").append(defaultUser).append('\n');
    sb.append("    sources: ").append(String.valueOf(sources).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
