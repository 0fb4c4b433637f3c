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
 * A topology selector requirement is a selector that matches given label. This is an alpha
 * feature and may change in the future.
 */
public class V1TopologySelectorLabelRequirement {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "key",
      "values");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1TopologySelectorLabelRequirement> CODEC = new Codec<V1TopologySelectorLabelRequirement>() {
    @Override
    public V1TopologySelectorLabelRequirement read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1TopologySelectorLabelRequirement)");
      }
      V1TopologySelectorLabelRequirement o = new V1TopologySelectorLabelRequirement();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.key = Codecs.STRING.read(p);
            break;
          case 1:
            o.values = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1TopologySelectorLabelRequirement o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.key != null) {
        g.writeFieldName("key");
        Codecs.STRING.write(g, o.key);
      }
      if (o.values != null) {
        g.writeFieldName("values");
        Codecs.listOf(Codecs.STRING).write(g, o.values);
      }
      g.writeEndObject();
    }
  };

  private String key;

  private List<String> values;

  public V1TopologySelectorLabelRequirement key(String key) {
    this.key = key;
    return this;
  }

  /**
   * The label key that the selector applies to.
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public V1TopologySelectorLabelRequirement values(List<String> values) {
    this.values = values;
    return this;
  }

  public V1TopologySelectorLabelRequirement addValuesItem(String item) {
    if (this.values == null) {
      this.values = new ArrayList<>();
    }
    this.values.add(item);
    return this;
  }

  /**
   * An array of string values. One value must match the label to be selected. Each entry in
   * Values is ORed.
   *
   * @return values
   */
  public List<String> getValues() {
    return values;
  }

  public void setValues(List<String> values) {
    this.values = values;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1TopologySelectorLabelRequirement that = (V1TopologySelectorLabelRequirement) other;
    return Objects.equals(key, that.key)
        && Objects.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1TopologySelectorLabelRequirement {\n");
    sb.append("    key: ").append(key).append('\n');
    sb.append("    values: ").append(String.valueOf(values).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
