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
 * A scoped-resource selector requirement is a selector that contains values, a scope name, and
 * an operator that relates the scope name and values.
 */
public class V1ScopedResourceSelectorRequirement {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "operator",
      "scopeName",
      "values");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ScopedResourceSelectorRequirement> CODEC = new Codec<V1ScopedResourceSelectorRequirement>() {
    @Override
    public V1ScopedResourceSelectorRequirement read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ScopedResourceSelectorRequirement)");
      }
      V1ScopedResourceSelectorRequirement o = new V1ScopedResourceSelectorRequirement();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.operator = Codecs.STRING.read(p);
            break;
          case 1:
            o.scopeName = Codecs.STRING.read(p);
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
    public void write(JsonGenerator g, V1ScopedResourceSelectorRequirement o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.operator != null) {
        g.writeFieldName("operator");
        Codecs.STRING.write(g, o.operator);
      }
      if (o.scopeName != null) {
        g.writeFieldName("scopeName");
        Codecs.STRING.write(g, o.scopeName);
      }
      if (o.values != null) {
        g.writeFieldName("values");
        Codecs.listOf(Codecs.STRING).write(g, o.values);
      }
      g.writeEndObject();
    }
  };

  private String operator;

  private String scopeName;

  private List<String> values;

  public V1ScopedResourceSelectorRequirement operator(String operator) {
    this.operator = operator;
    return this;
  }

  /**
   * Represents a scope's relationship to a set of values. Valid operators are In, NotIn, Exists,
   * DoesNotExist.
   *
   * @return operator
   */
  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public V1ScopedResourceSelectorRequirement scopeName(String scopeName) {
    this.scopeName = scopeName;
    return this;
  }

  /**
   * The name of the scope that the selector applies to.
   *
   * @return scopeName
   */
  public String getScopeName() {
    return scopeName;
  }

  public void setScopeName(String scopeName) {
    this.scopeName = scopeName;
  }

  public V1ScopedResourceSelectorRequirement values(List<String> values) {
    this.values = values;
    return this;
  }

  public V1ScopedResourceSelectorRequirement addValuesItem(String item) {
    if (this.values == null) {
      this.values = new ArrayList<>();
    }
    this.values.add(item);
    return this;
  }

  /**
   * An array of string values. If the operator is In or NotIn, the values array must be
   * non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This
   * array is replaced during a strategic merge patch.
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
    V1ScopedResourceSelectorRequirement that = (V1ScopedResourceSelectorRequirement) other;
    return Objects.equals(operator, that.operator)
        && Objects.equals(scopeName, that.scopeName)
        && Objects.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, scopeName, values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ScopedResourceSelectorRequirement {\n");
    sb.append("    operator: ").append(operator).append('\n');
    sb.append("    scopeName: ").append(scopeName).append('\n');
    sb.append("    values: ").append(String.valueOf(values).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
