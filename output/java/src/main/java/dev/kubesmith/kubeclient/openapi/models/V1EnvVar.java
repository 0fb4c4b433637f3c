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
 * EnvVar represents an environment variable present in a Container.
 */
public class V1EnvVar {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "value",
      "valueFrom");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EnvVar> CODEC = new Codec<V1EnvVar>() {
    @Override
    public V1EnvVar read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EnvVar)");
      }
      V1EnvVar o = new V1EnvVar();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.value = Codecs.STRING.read(p);
            break;
          case 2:
            o.valueFrom = V1EnvVarSource.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EnvVar o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.value != null) {
        g.writeFieldName("value");
        Codecs.STRING.write(g, o.value);
      }
      if (o.valueFrom != null) {
        g.writeFieldName("valueFrom");
        V1EnvVarSource.CODEC.write(g, o.valueFrom);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private String value;

  private V1EnvVarSource valueFrom;

  public V1EnvVar name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name of the environment variable. May consist of any printable ASCII characters except '='.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1EnvVar value(String value) {
    this.value = value;
    return this;
  }

  /**
   * Variable references $(VAR_NAME) are expanded using the previously defined environment
   * variables in the container and any service environment variables. If a variable cannot be
   * resolved, the reference in the input string will be unchanged. Double $$ are reduced to a
   * single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce
   * the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of
   * whether the variable exists or not. Defaults to "".
   *
   * @return value
   */
  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public V1EnvVar valueFrom(V1EnvVarSource valueFrom) {
    this.valueFrom = valueFrom;
    return this;
  }

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @return valueFrom
   */
  public V1EnvVarSource getValueFrom() {
    return valueFrom;
  }

  public void setValueFrom(V1EnvVarSource valueFrom) {
    this.valueFrom = valueFrom;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EnvVar that = (V1EnvVar) other;
    return Objects.equals(name, that.name)
        && Objects.equals(value, that.value)
        && Objects.equals(valueFrom, that.valueFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, valueFrom);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EnvVar {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    value: ").append(value).append('\n');
    sb.append("    valueFrom: ").append(String.valueOf(valueFrom).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
