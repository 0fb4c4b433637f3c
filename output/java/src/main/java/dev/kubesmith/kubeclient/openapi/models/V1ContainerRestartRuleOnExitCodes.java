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
 * ContainerRestartRuleOnExitCodes describes the condition for handling an exited container
 * based on its exit codes.
 */
public class V1ContainerRestartRuleOnExitCodes {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "operator",
      "values");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerRestartRuleOnExitCodes> CODEC = new Codec<V1ContainerRestartRuleOnExitCodes>() {
    @Override
    public V1ContainerRestartRuleOnExitCodes read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerRestartRuleOnExitCodes)");
      }
      V1ContainerRestartRuleOnExitCodes o = new V1ContainerRestartRuleOnExitCodes();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.operator = Codecs.STRING.read(p);
            break;
          case 1:
            o.values = Codecs.listOf(Codecs.INT32).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerRestartRuleOnExitCodes o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.operator != null) {
        g.writeFieldName("operator");
        Codecs.STRING.write(g, o.operator);
      }
      if (o.values != null) {
        g.writeFieldName("values");
        Codecs.listOf(Codecs.INT32).write(g, o.values);
      }
      g.writeEndObject();
    }
  };

  private String operator;

  private List<Integer> values;

  public V1ContainerRestartRuleOnExitCodes operator(String operator) {
    this.operator = operator;
    return this;
  }

  /**
   * Represents the relationship between the container exit code(s) and the specified values.
   * Possible values are: - In: the requirement is satisfied if the container exit code is in the
   *   set of specified values.
   * - NotIn: the requirement is satisfied if the container exit code is
   *   not in the set of specified values.
   *
   * @return operator
   */
  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public V1ContainerRestartRuleOnExitCodes values(List<Integer> values) {
    this.values = values;
    return this;
  }

  public V1ContainerRestartRuleOnExitCodes addValuesItem(Integer item) {
    if (this.values == null) {
      this.values = new ArrayList<>();
    }
    this.values.add(item);
    return this;
  }

  /**
   * Specifies the set of values to check for container exit codes. At most 255 elements are
   * allowed.
   *
   * @return values
   */
  public List<Integer> getValues() {
    return values;
  }

  public void setValues(List<Integer> values) {
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
    V1ContainerRestartRuleOnExitCodes that = (V1ContainerRestartRuleOnExitCodes) other;
    return Objects.equals(operator, that.operator)
        && Objects.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerRestartRuleOnExitCodes {\n");
    sb.append("    operator: ").append(operator).append('\n');
    sb.append("    values: ").append(String.valueOf(values).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
