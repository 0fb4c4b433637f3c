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
 * DeviceClassConfiguration is used in DeviceClass.
 */
public class V1beta1DeviceClassConfiguration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "opaque");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DeviceClassConfiguration> CODEC = new Codec<V1beta1DeviceClassConfiguration>() {
    @Override
    public V1beta1DeviceClassConfiguration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DeviceClassConfiguration)");
      }
      V1beta1DeviceClassConfiguration o = new V1beta1DeviceClassConfiguration();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.opaque = V1beta1OpaqueDeviceConfiguration.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DeviceClassConfiguration o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.opaque != null) {
        g.writeFieldName("opaque");
        V1beta1OpaqueDeviceConfiguration.CODEC.write(g, o.opaque);
      }
      g.writeEndObject();
    }
  };

  private V1beta1OpaqueDeviceConfiguration opaque;

  public V1beta1DeviceClassConfiguration opaque(V1beta1OpaqueDeviceConfiguration opaque) {
    this.opaque = opaque;
    return this;
  }

  /**
   * Opaque provides driver-specific configuration parameters.
   *
   * @return opaque
   */
  public V1beta1OpaqueDeviceConfiguration getOpaque() {
    return opaque;
  }

  public void setOpaque(V1beta1OpaqueDeviceConfiguration opaque) {
    this.opaque = opaque;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DeviceClassConfiguration that = (V1beta1DeviceClassConfiguration) other;
    return Objects.equals(opaque, that.opaque);
  }

  @Override
  public int hashCode() {
    return Objects.hash(opaque);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DeviceClassConfiguration {\n");
    sb.append("    opaque: ").append(String.valueOf(opaque).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
