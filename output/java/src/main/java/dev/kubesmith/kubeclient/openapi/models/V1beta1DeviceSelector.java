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
 * DeviceSelector must have exactly one field set.
 */
public class V1beta1DeviceSelector {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "cel");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DeviceSelector> CODEC = new Codec<V1beta1DeviceSelector>() {
    @Override
    public V1beta1DeviceSelector read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DeviceSelector)");
      }
      V1beta1DeviceSelector o = new V1beta1DeviceSelector();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.cel = V1beta1CELDeviceSelector.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DeviceSelector o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.cel != null) {
        g.writeFieldName("cel");
        V1beta1CELDeviceSelector.CODEC.write(g, o.cel);
      }
      g.writeEndObject();
    }
  };

  private V1beta1CELDeviceSelector cel;

  public V1beta1DeviceSelector cel(V1beta1CELDeviceSelector cel) {
    this.cel = cel;
    return this;
  }

  /**
   * CEL contains a CEL expression for selecting a device.
   *
   * @return cel
   */
  public V1beta1CELDeviceSelector getCel() {
    return cel;
  }

  public void setCel(V1beta1CELDeviceSelector cel) {
    this.cel = cel;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DeviceSelector that = (V1beta1DeviceSelector) other;
    return Objects.equals(cel, that.cel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cel);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DeviceSelector {\n");
    sb.append("    cel: ").append(String.valueOf(cel).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
