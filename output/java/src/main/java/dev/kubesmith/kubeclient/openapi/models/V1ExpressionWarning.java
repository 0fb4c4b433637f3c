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
 * ExpressionWarning is a warning information that targets a specific expression.
 */
public class V1ExpressionWarning {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "fieldRef",
      "warning");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ExpressionWarning> CODEC = new Codec<V1ExpressionWarning>() {
    @Override
    public V1ExpressionWarning read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ExpressionWarning)");
      }
      V1ExpressionWarning o = new V1ExpressionWarning();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.fieldRef = Codecs.STRING.read(p);
            break;
          case 1:
            o.warning = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ExpressionWarning o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.fieldRef != null) {
        g.writeFieldName("fieldRef");
        Codecs.STRING.write(g, o.fieldRef);
      }
      if (o.warning != null) {
        g.writeFieldName("warning");
        Codecs.STRING.write(g, o.warning);
      }
      g.writeEndObject();
    }
  };

  private String fieldRef;

  private String warning;

  public V1ExpressionWarning fieldRef(String fieldRef) {
    this.fieldRef = fieldRef;
    return this;
  }

  /**
   * fieldRef is the path to the field that refers to the expression. For example, the reference
   * to the expression of the first item of validations is "spec.validations[0].expression"
   *
   * @return fieldRef
   */
  public String getFieldRef() {
    return fieldRef;
  }

  public void setFieldRef(String fieldRef) {
    this.fieldRef = fieldRef;
  }

  public V1ExpressionWarning warning(String warning) {
    this.warning = warning;
    return this;
  }

  /**
   * warning contains the content of type checking information in a human-readable form. Each
   * line of the warning contains the type that the expression is checked against, followed by
   * the type check error from the compiler.
   *
   * @return warning
   */
  public String getWarning() {
    return warning;
  }

  public void setWarning(String warning) {
    this.warning = warning;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ExpressionWarning that = (V1ExpressionWarning) other;
    return Objects.equals(fieldRef, that.fieldRef)
        && Objects.equals(warning, that.warning);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldRef, warning);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ExpressionWarning {\n");
    sb.append("    fieldRef: ").append(fieldRef).append('\n');
    sb.append("    warning: ").append(warning).append('\n');
    return sb.append("}").toString();
  }
}
