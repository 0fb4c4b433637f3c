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
 * Counter describes a quantity associated with a device.
 */
public class V1beta1Counter {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "value");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1Counter> CODEC = new Codec<V1beta1Counter>() {
    @Override
    public V1beta1Counter read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1Counter)");
      }
      V1beta1Counter o = new V1beta1Counter();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.value = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1Counter o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.value != null) {
        g.writeFieldName("value");
        Codecs.QUANTITY.write(g, o.value);
      }
      g.writeEndObject();
    }
  };

  private Quantity value;

  public V1beta1Counter value(Quantity value) {
    this.value = value;
    return this;
  }

  /**
   * Value defines how much of a certain device counter is available.
   *
   * @return value
   */
  public Quantity getValue() {
    return value;
  }

  public void setValue(Quantity value) {
    this.value = value;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1Counter that = (V1beta1Counter) other;
    return Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1Counter {\n");
    sb.append("    value: ").append(value).append('\n');
    return sb.append("}").toString();
  }
}
