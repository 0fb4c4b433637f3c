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
 * ImageVolumeStatus represents the image-based volume status.
 */
public class V1ImageVolumeStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "imageRef");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ImageVolumeStatus> CODEC = new Codec<V1ImageVolumeStatus>() {
    @Override
    public V1ImageVolumeStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ImageVolumeStatus)");
      }
      V1ImageVolumeStatus o = new V1ImageVolumeStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.imageRef = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ImageVolumeStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.imageRef != null) {
        g.writeFieldName("imageRef");
        Codecs.STRING.write(g, o.imageRef);
      }
      g.writeEndObject();
    }
  };

  private String imageRef;

  public V1ImageVolumeStatus imageRef(String imageRef) {
    this.imageRef = imageRef;
    return this;
  }

  /**
   * ImageRef is the digest of the image used for this volume. It should have a value that's
   * similar to the pod's status.containerStatuses[i].imageID. The ImageRef length should not
   * exceed 256 characters.
   *
   * @return imageRef
   */
  public String getImageRef() {
    return imageRef;
  }

  public void setImageRef(String imageRef) {
    this.imageRef = imageRef;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ImageVolumeStatus that = (V1ImageVolumeStatus) other;
    return Objects.equals(imageRef, that.imageRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(imageRef);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ImageVolumeStatus {\n");
    sb.append("    imageRef: ").append(imageRef).append('\n');
    return sb.append("}").toString();
  }
}
