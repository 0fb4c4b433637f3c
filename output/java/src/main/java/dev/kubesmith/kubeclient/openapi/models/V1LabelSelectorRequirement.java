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
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 */
public class V1LabelSelectorRequirement {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "key",
      "operator",
      "values");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LabelSelectorRequirement> CODEC = new Codec<V1LabelSelectorRequirement>() {
    @Override
    public V1LabelSelectorRequirement read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LabelSelectorRequirement)");
      }
      V1LabelSelectorRequirement o = new V1LabelSelectorRequirement();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.key = Codecs.STRING.read(p);
            break;
          case 1:
            o.operator = Codecs.STRING.read(p);
            break;
          case 2:
            o.values = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LabelSelectorRequirement o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.key != null) {
        g.writeFieldName("key");
        Codecs.STRING.write(g, o.key);
      }
      if (o.operator != null) {
        g.writeFieldName("operator");
        Codecs.STRING.write(g, o.operator);
      }
      if (o.values != null) {
        g.writeFieldName("values");
        Codecs.listOf(Codecs.STRING).write(g, o.values);
      }
      g.writeEndObject();
    }
  };

  private String key;

  private String operator;

  private List<String> values;

  public V1LabelSelectorRequirement key(String key) {
    this.key = key;
    return this;
  }

  /**
   * key is the label key that the selector applies to.
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public V1LabelSelectorRequirement operator(String operator) {
    this.operator = operator;
    return this;
  }

  /**
   * operator represents a key's relationship to a set of values. Valid operators are In, NotIn,
   * Exists and DoesNotExist.
   *
   * @return operator
   */
  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public V1LabelSelectorRequirement values(List<String> values) {
    this.values = values;
    return this;
  }

  public V1LabelSelectorRequirement addValuesItem(String item) {
    if (this.values == null) {
      this.values = new ArrayList<>();
    }
    this.values.add(item);
    return this;
  }

  /**
   * values is an array of string values. If the operator is In or NotIn, the values array must
   * be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty.
   * This array is replaced during a strategic merge patch.
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
    V1LabelSelectorRequirement that = (V1LabelSelectorRequirement) other;
    return Objects.equals(key, that.key)
        && Objects.equals(operator, that.operator)
        && Objects.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, operator, values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LabelSelectorRequirement {\n");
    sb.append("    key: ").append(key).append('\n');
    sb.append("    operator: ").append(operator).append('\n');
    sb.append("    values: ").append(String.valueOf(values).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
