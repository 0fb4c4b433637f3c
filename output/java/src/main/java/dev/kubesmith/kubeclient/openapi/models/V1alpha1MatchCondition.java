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
 * (no description in the spec)
 */
public class V1alpha1MatchCondition {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "expression",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1MatchCondition> CODEC = new Codec<V1alpha1MatchCondition>() {
    @Override
    public V1alpha1MatchCondition read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1MatchCondition)");
      }
      V1alpha1MatchCondition o = new V1alpha1MatchCondition();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.expression = Codecs.STRING.read(p);
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
    public void write(JsonGenerator g, V1alpha1MatchCondition o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.expression != null) {
        g.writeFieldName("expression");
        Codecs.STRING.write(g, o.expression);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      g.writeEndObject();
    }
  };

  private String expression;

  private String name;

  public V1alpha1MatchCondition expression(String expression) {
    this.expression = expression;
    return this;
  }

  /**
   * expression represents the expression which will be evaluated by CEL. Must evaluate to bool.
   * CEL expressions have access to the contents of the AdmissionRequest and Authorizer,
   * organized into CEL variables:
   *
   * 'object' - The object from the incoming request. The value is null for DELETE requests.
   * 'oldObject' - The existing object. The value is null for CREATE requests. 'request' -
   * Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
   * 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the
   * principal (user or service account) of the request.
   *   See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
   * 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and
   * configured with the
   *   request resource.
   * Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/
   *
   * Required.
   *
   * @return expression
   */
  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }

  public V1alpha1MatchCondition name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is an identifier for this match condition, used for strategic merging of
   * MatchConditions, as well as providing an identifier for logging purposes. A good name should
   * be descriptive of the associated expression. Name must be a qualified name consisting of
   * alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric
   * character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is
   * '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/'
   * (e.g. 'example.com/MyName')
   *
   * Required.
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
    V1alpha1MatchCondition that = (V1alpha1MatchCondition) other;
    return Objects.equals(expression, that.expression)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1MatchCondition {\n");
    sb.append("    expression: ").append(expression).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
