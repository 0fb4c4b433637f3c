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
 * ServiceBackendPort is the service port being referenced.
 */
public class V1ServiceBackendPort {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "number");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ServiceBackendPort> CODEC = new Codec<V1ServiceBackendPort>() {
    @Override
    public V1ServiceBackendPort read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ServiceBackendPort)");
      }
      V1ServiceBackendPort o = new V1ServiceBackendPort();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.number = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ServiceBackendPort o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.number != null) {
        g.writeFieldName("number");
        Codecs.INT32.write(g, o.number);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private Integer number;

  public V1ServiceBackendPort name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of the port on the Service. This is a mutually exclusive setting with
   * "Number".
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ServiceBackendPort number(Integer number) {
    this.number = number;
    return this;
  }

  /**
   * number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive
   * setting with "Name".
   *
   * @return number
   */
  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ServiceBackendPort that = (V1ServiceBackendPort) other;
    return Objects.equals(name, that.name)
        && Objects.equals(number, that.number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, number);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ServiceBackendPort {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    number: ").append(number).append('\n');
    return sb.append("}").toString();
  }
}
