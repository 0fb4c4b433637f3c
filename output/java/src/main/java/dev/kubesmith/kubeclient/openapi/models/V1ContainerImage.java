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
 * Describe a container image
 */
public class V1ContainerImage {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "names",
      "sizeBytes");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerImage> CODEC = new Codec<V1ContainerImage>() {
    @Override
    public V1ContainerImage read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerImage)");
      }
      V1ContainerImage o = new V1ContainerImage();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.names = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.sizeBytes = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerImage o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.names != null) {
        g.writeFieldName("names");
        Codecs.listOf(Codecs.STRING).write(g, o.names);
      }
      if (o.sizeBytes != null) {
        g.writeFieldName("sizeBytes");
        Codecs.INT64.write(g, o.sizeBytes);
      }
      g.writeEndObject();
    }
  };

  private List<String> names;

  private Long sizeBytes;

  public V1ContainerImage names(List<String> names) {
    this.names = names;
    return this;
  }

  public V1ContainerImage addNamesItem(String item) {
    if (this.names == null) {
      this.names = new ArrayList<>();
    }
    this.names.add(item);
    return this;
  }

  /**
   * Names by which this image is known. e.g. ["kubernetes.example/hyperkube:v1.0.7",
   * "cloud-vendor.registry.example/cloud-vendor/hyperkube:v1.0.7"]
   *
   * @return names
   */
  public List<String> getNames() {
    return names;
  }

  public void setNames(List<String> names) {
    this.names = names;
  }

  public V1ContainerImage sizeBytes(Long sizeBytes) {
    this.sizeBytes = sizeBytes;
    return this;
  }

  /**
   * The size of the image in bytes.
   *
   * @return sizeBytes
   */
  public Long getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(Long sizeBytes) {
    this.sizeBytes = sizeBytes;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ContainerImage that = (V1ContainerImage) other;
    return Objects.equals(names, that.names)
        && Objects.equals(sizeBytes, that.sizeBytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(names, sizeBytes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerImage {\n");
    sb.append("    names: ").append(String.valueOf(names).replace("\n", "\n    ")).append('\n');
    sb.append("    sizeBytes: ").append(sizeBytes).append('\n');
    return sb.append("}").toString();
  }
}
