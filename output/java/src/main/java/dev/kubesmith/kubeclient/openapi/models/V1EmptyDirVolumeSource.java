package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * Represents an empty directory for a pod. Empty directory volumes support ownership
 * management and SELinux relabeling.
 */
public class V1EmptyDirVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "medium",
      "mode",
      "sizeLimit");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EmptyDirVolumeSource> CODEC = new Codec<V1EmptyDirVolumeSource>() {
    @Override
    public V1EmptyDirVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EmptyDirVolumeSource)");
      }
      V1EmptyDirVolumeSource o = new V1EmptyDirVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.medium = Codecs.STRING.read(p);
            break;
          case 1:
            o.mode = Codecs.INT32.read(p);
            break;
          case 2:
            o.sizeLimit = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EmptyDirVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.medium != null) {
        g.writeFieldName("medium");
        Codecs.STRING.write(g, o.medium);
      }
      if (o.mode != null) {
        g.writeFieldName("mode");
        Codecs.INT32.write(g, o.mode);
      }
      if (o.sizeLimit != null) {
        g.writeFieldName("sizeLimit");
        Codecs.QUANTITY.write(g, o.sizeLimit);
      }
      g.writeEndObject();
    }
  };

  private String medium;

  private Integer mode;

  private Quantity sizeLimit;

  public V1EmptyDirVolumeSource medium(String medium) {
    this.medium = medium;
    return this;
  }

  /**
   * medium represents what type of storage medium should back this directory. The default is ""
   * which means to use the node's default medium. Must be an empty string (default) or Memory.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @return medium
   */
  public String getMedium() {
    return medium;
  }

  public void setMedium(String medium) {
    this.medium = medium;
  }

  public V1EmptyDirVolumeSource mode(Integer mode) {
    this.mode = mode;
    return this;
  }

  /**
   * mode specifies the permission bits for the emptyDir directory, in numeric notation (e.g.,
   * 0755, 01777). Must be a value between 0000 and 01777. If not specified, defaults to 0777.
   * This might be in conflict with other options that affect the file mode, like fsGroup. If
   * fsGroup is specified, the fsGroup permissions will override the mode specified here. This
   * field has no effect on Windows. This field is alpha and requires EmptyDirVolumeMode
   * featuregate to be enabled.
   *
   * @return mode
   */
  public Integer getMode() {
    return mode;
  }

  public void setMode(Integer mode) {
    this.mode = mode;
  }

  public V1EmptyDirVolumeSource sizeLimit(Quantity sizeLimit) {
    this.sizeLimit = sizeLimit;
    return this;
  }

  /**
   * sizeLimit is the total amount of local storage required for this EmptyDir volume. The size
   * limit is also applicable for memory medium. The maximum usage on memory medium EmptyDir
   * would be the minimum value between the SizeLimit specified here and the sum of memory limits
   * of all containers in a pod. The default is nil which means that the limit is undefined. More
   * info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @return sizeLimit
   */
  public Quantity getSizeLimit() {
    return sizeLimit;
  }

  public void setSizeLimit(Quantity sizeLimit) {
    this.sizeLimit = sizeLimit;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EmptyDirVolumeSource that = (V1EmptyDirVolumeSource) other;
    return Objects.equals(medium, that.medium)
        && Objects.equals(mode, that.mode)
        && Objects.equals(sizeLimit, that.sizeLimit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(medium, mode, sizeLimit);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EmptyDirVolumeSource {\n");
    sb.append("    medium: ").append(medium).append('\n');
    sb.append("    mode: ").append(mode).append('\n');
    sb.append("    sizeLimit: ").append(sizeLimit).append('\n');
    return sb.append("}").toString();
  }
}
