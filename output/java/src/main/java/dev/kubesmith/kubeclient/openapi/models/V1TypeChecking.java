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
 * TypeChecking contains results of type checking the expressions in the
 * ValidatingAdmissionPolicy
 */
public class V1TypeChecking {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "expressionWarnings");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1TypeChecking> CODEC = new Codec<V1TypeChecking>() {
    @Override
    public V1TypeChecking read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1TypeChecking)");
      }
      V1TypeChecking o = new V1TypeChecking();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.expressionWarnings = Codecs.listOf(V1ExpressionWarning.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1TypeChecking o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.expressionWarnings != null) {
        g.writeFieldName("expressionWarnings");
        Codecs.listOf(V1ExpressionWarning.CODEC).write(g, o.expressionWarnings);
      }
      g.writeEndObject();
    }
  };

  private List<V1ExpressionWarning> expressionWarnings;

  public V1TypeChecking expressionWarnings(List<V1ExpressionWarning> expressionWarnings) {
    this.expressionWarnings = expressionWarnings;
    return this;
  }

  public V1TypeChecking addExpressionWarningsItem(V1ExpressionWarning item) {
    if (this.expressionWarnings == null) {
      this.expressionWarnings = new ArrayList<>();
    }
    this.expressionWarnings.add(item);
    return this;
  }

  /**
   * expressionWarnings contains the type checking warnings for each expression.
   *
   * @return expressionWarnings
   */
  public List<V1ExpressionWarning> getExpressionWarnings() {
    return expressionWarnings;
  }

  public void setExpressionWarnings(List<V1ExpressionWarning> expressionWarnings) {
    this.expressionWarnings = expressionWarnings;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1TypeChecking that = (V1TypeChecking) other;
    return Objects.equals(expressionWarnings, that.expressionWarnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expressionWarnings);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1TypeChecking {\n");
    sb.append("    expressionWarnings: ").append(String.valueOf(expressionWarnings).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
