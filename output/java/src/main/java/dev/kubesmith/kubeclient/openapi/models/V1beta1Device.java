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
 * Device represents one individual hardware instance that can be selected based on its
 * attributes. Besides the name, exactly one field must be set.
 */
public class V1beta1Device {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "basic",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1Device> CODEC = new Codec<V1beta1Device>() {
    @Override
    public V1beta1Device read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1Device)");
      }
      V1beta1Device o = new V1beta1Device();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.basic = V1beta1BasicDevice.CODEC.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1Device o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.basic != null) {
        g.writeFieldName("basic");
        V1beta1BasicDevice.CODEC.write(g, o.basic);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      g.writeEndObject();
    }
  };

  private V1beta1BasicDevice basic;

  private String name;

  public V1beta1Device basic(V1beta1BasicDevice basic) {
    this.basic = basic;
    return this;
  }

  /**
   * Basic defines one device instance.
   *
   * @return basic
   */
  public V1beta1BasicDevice getBasic() {
    return basic;
  }

  public void setBasic(V1beta1BasicDevice basic) {
    this.basic = basic;
  }

  public V1beta1Device name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name is unique identifier among all devices managed by the driver in the pool. It must be a
   * DNS label.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1Device that = (V1beta1Device) other;
    return Objects.equals(basic, that.basic)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basic, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1Device {\n");
    sb.append("    basic: ").append(String.valueOf(basic).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
