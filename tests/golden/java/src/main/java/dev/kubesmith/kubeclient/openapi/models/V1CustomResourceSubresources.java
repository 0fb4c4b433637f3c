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
 * CustomResourceSubresources defines the status and scale subresources for CustomResources.
 */
public class V1CustomResourceSubresources {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "scale",
      "status");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceSubresources> CODEC = new Codec<V1CustomResourceSubresources>() {
    @Override
    public V1CustomResourceSubresources read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceSubresources)");
      }
      V1CustomResourceSubresources o = new V1CustomResourceSubresources();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.scale = V1CustomResourceSubresourceScale.CODEC.read(p);
            break;
          case 1:
            o.status = V1CustomResourceSubresourceStatus.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceSubresources o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.scale != null) {
        g.writeFieldName("scale");
        V1CustomResourceSubresourceScale.CODEC.write(g, o.scale);
      }
      if (o.status != null) {
        g.writeFieldName("status");
        V1CustomResourceSubresourceStatus.CODEC.write(g, o.status);
      }
      g.writeEndObject();
    }
  };

  private V1CustomResourceSubresourceScale scale;

  private V1CustomResourceSubresourceStatus status;

  public V1CustomResourceSubresources scale(V1CustomResourceSubresourceScale scale) {
    this.scale = scale;
    return this;
  }

  /**
   * scale indicates the custom resource should serve a `/scale` subresource that returns an
   * `autoscaling/v1` Scale object.
   *
   * @return scale
   */
  public V1CustomResourceSubresourceScale getScale() {
    return scale;
  }

  public void setScale(V1CustomResourceSubresourceScale scale) {
    this.scale = scale;
  }

  public V1CustomResourceSubresources status(V1CustomResourceSubresourceStatus status) {
    this.status = status;
    return this;
  }

  /**
   * status indicates the custom resource should serve a `/status` subresource. When enabled: 1.
   * requests to the custom resource primary endpoint ignore changes to the `status` stanza of
   * the object. 2. requests to the custom resource `/status` subresource ignore changes to
   * anything other than the `status` stanza of the object.
   *
   * @return status
   */
  public V1CustomResourceSubresourceStatus getStatus() {
    return status;
  }

  public void setStatus(V1CustomResourceSubresourceStatus status) {
    this.status = status;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CustomResourceSubresources that = (V1CustomResourceSubresources) other;
    return Objects.equals(scale, that.scale)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scale, status);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceSubresources {\n");
    sb.append("    scale: ").append(String.valueOf(scale).replace("\n", "\n    ")).append('\n');
    sb.append("    status: ").append(String.valueOf(status).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
