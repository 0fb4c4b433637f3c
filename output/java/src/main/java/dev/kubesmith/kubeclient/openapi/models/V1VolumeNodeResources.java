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
 * VolumeNodeResources is a set of resource limits for scheduling of volumes.
 */
public class V1VolumeNodeResources {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "count");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeNodeResources> CODEC = new Codec<V1VolumeNodeResources>() {
    @Override
    public V1VolumeNodeResources read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeNodeResources)");
      }
      V1VolumeNodeResources o = new V1VolumeNodeResources();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.count = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeNodeResources o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.count != null) {
        g.writeFieldName("count");
        Codecs.INT32.write(g, o.count);
      }
      g.writeEndObject();
    }
  };

  private Integer count;

  public V1VolumeNodeResources count(Integer count) {
    this.count = count;
    return this;
  }

  /**
   * count indicates the maximum number of unique volumes managed by the CSI driver that can be
   * used on a node. A volume that is both attached and mounted on a node is considered to be
   * used once, not twice. The same rule applies for a unique volume that is shared among
   * multiple pods on the same node. If this field is not specified, then the supported number of
   * volumes on this node is unbounded.
   *
   * @return count
   */
  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeNodeResources that = (V1VolumeNodeResources) other;
    return Objects.equals(count, that.count);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeNodeResources {\n");
    sb.append("    count: ").append(count).append('\n');
    return sb.append("}").toString();
  }
}
