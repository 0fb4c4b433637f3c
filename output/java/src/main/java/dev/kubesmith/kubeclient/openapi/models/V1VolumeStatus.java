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
 * VolumeStatus represents the status of a mounted volume. At most one of its members must be
 * specified.
 */
public class V1VolumeStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "image");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeStatus> CODEC = new Codec<V1VolumeStatus>() {
    @Override
    public V1VolumeStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeStatus)");
      }
      V1VolumeStatus o = new V1VolumeStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.image = V1ImageVolumeStatus.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.image != null) {
        g.writeFieldName("image");
        V1ImageVolumeStatus.CODEC.write(g, o.image);
      }
      g.writeEndObject();
    }
  };

  private V1ImageVolumeStatus image;

  public V1VolumeStatus image(V1ImageVolumeStatus image) {
    this.image = image;
    return this;
  }

  /**
   * image represents an OCI object (a container image or artifact) pulled and mounted on the
   * kubelet's host machine.
   *
   * @return image
   */
  public V1ImageVolumeStatus getImage() {
    return image;
  }

  public void setImage(V1ImageVolumeStatus image) {
    this.image = image;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeStatus that = (V1VolumeStatus) other;
    return Objects.equals(image, that.image);
  }

  @Override
  public int hashCode() {
    return Objects.hash(image);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeStatus {\n");
    sb.append("    image: ").append(String.valueOf(image).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
