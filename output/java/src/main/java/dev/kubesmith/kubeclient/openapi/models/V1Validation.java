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
 * Validation specifies the CEL expression which is used to apply the validation.
 */
public class V1Validation {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "expression",
      "message",
      "messageExpression",
      "reason");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Validation> CODEC = new Codec<V1Validation>() {
    @Override
    public V1Validation read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Validation)");
      }
      V1Validation o = new V1Validation();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.expression = Codecs.STRING.read(p);
            break;
          case 1:
            o.message = Codecs.STRING.read(p);
            break;
          case 2:
            o.messageExpression = Codecs.STRING.read(p);
            break;
          case 3:
            o.reason = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Validation o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.expression != null) {
        g.writeFieldName("expression");
        Codecs.STRING.write(g, o.expression);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.messageExpression != null) {
        g.writeFieldName("messageExpression");
        Codecs.STRING.write(g, o.messageExpression);
      }
      if (o.reason != null) {
        g.writeFieldName("reason");
        Codecs.STRING.write(g, o.reason);
      }
      g.writeEndObject();
    }
  };

  private String expression;

  private String message;

  private String messageExpression;

  private String reason;

  public V1Validation expression(String expression) {
    this.expression = expression;
    return this;
  }

  /**
   * expression represents the expression which will be evaluated by CEL. ref:
   * https://github.com/google/cel-spec CEL expressions have access to the contents of the API
   * request/response, organized into CEL variables as well as some other useful variables:
   *
   * - 'object' - The object from the incoming request. The value is null for DELETE requests. -
   * 'oldObject' - The existing object. The value is null for CREATE requests. - 'request' -
   * Attributes of the API request([ref](/pkg/apis/admission/types.go#AdmissionRequest)). -
   * 'params' - Parameter resource referred to by the policy binding being evaluated. Only
   * populated if the policy has a ParamKind. - 'namespaceObject' - The namespace object that the
   * incoming object belongs to. The value is null for cluster-scoped resources. - 'variables' -
   * Map of composited variables, from its name to its lazily evaluated value.
   *   For example, a variable named 'foo' can be accessed as 'variables.foo'.
   * - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the
   * principal (user or service account) of the request.
   *   See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
   * - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and
   * configured with the
   *   request resource.
   *
   * The `apiVersion`, `kind`, `metadata.name` and `metadata.generateName` are always accessible
   * from the root of the object. No other metadata properties are accessible.
   *
   * Only property names of the form `[a-zA-Z_.-/][a-zA-Z0-9_.-/]*` are accessible. Accessible
   * property names are escaped according to the following rules when accessed in the expression:
   * - '__' escapes to '__underscores__' - '.' escapes to '__dot__' - '-' escapes to '__dash__' -
   * '/' escapes to '__slash__' - Property names that exactly match a CEL RESERVED keyword escape
   * to '__{keyword}__'. The keywords are:
   *           "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for",
   * "function", "if",
   *           "import", "let", "loop", "package", "namespace", "return".
   * Examples:
   *   - Expression accessing a property named "namespace": {"Expression": "object.__namespace__
   * &gt; 0"}
   *   - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop
   * &gt; 0"}
   *   - Expression accessing a property named "redact__d": {"Expression":
   * "object.redact__underscores__d &gt; 0"}
   *
   * Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] ==
   * [2, 1]. Concatenation on arrays with x-kubernetes-list-type use the semantics of the list
   * type:
   *   - 'set': `X + Y` performs a union where the array positions of all elements in `X` are
   * preserved and
   *     non-intersecting elements in `Y` are appended, retaining their partial order.
   *   - 'map': `X + Y` performs a merge where the array positions of all keys in `X` are
   * preserved but the values
   *     are overwritten by values in `Y` when the key sets of `X` and `Y` intersect. Elements in
   * `Y` with
   *     non-intersecting keys are appended, retaining their partial order.
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

  public V1Validation message(String message) {
    this.message = message;
    return this;
  }

  /**
   * message represents the message displayed when validation fails. The message is required if
   * the Expression contains line breaks. The message must not contain line breaks. If unset, the
   * message is "failed rule: {Rule}". e.g. "must be a URL with the host matching spec.host" If
   * the Expression contains line breaks. Message is required. The message must not contain line
   * breaks. If unset, the message is "failed Expression: {Expression}".
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1Validation messageExpression(String messageExpression) {
    this.messageExpression = messageExpression;
    return this;
  }

  /**
   * messageExpression declares a CEL expression that evaluates to the validation failure message
   * that is returned when this rule fails. Since messageExpression is used as a failure message,
   * it must evaluate to a string. If both message and messageExpression are present on a
   * validation, then messageExpression will be used if validation fails. If messageExpression
   * results in a runtime error, the runtime error is logged, and the validation failure message
   * is produced as if the messageExpression field were unset. If messageExpression evaluates to
   * an empty string, a string with only spaces, or a string that contains line breaks, then the
   * validation failure message will also be produced as if the messageExpression field were
   * unset, and the fact that messageExpression produced an empty string/string with only
   * spaces/string with line breaks will be logged. messageExpression has access to all the same
   * variables as the `expression` except for 'authorizer' and 'authorizer.requestResource'.
   * Example: "object.x must be less than max ("+string(params.max)+")"
   *
   * @return messageExpression
   */
  public String getMessageExpression() {
    return messageExpression;
  }

  public void setMessageExpression(String messageExpression) {
    this.messageExpression = messageExpression;
  }

  public V1Validation reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * reason represents a machine-readable description of why this validation failed. If this is
   * the first validation in the list to fail, this reason, as well as the corresponding HTTP
   * response code, are used in the HTTP response to the client. The currently supported reasons
   * are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge". If not set,
   * StatusReasonInvalid is used in the response to the client.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Validation that = (V1Validation) other;
    return Objects.equals(expression, that.expression)
        && Objects.equals(message, that.message)
        && Objects.equals(messageExpression, that.messageExpression)
        && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression, message, messageExpression, reason);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Validation {\n");
    sb.append("    expression: ").append(expression).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    messageExpression: ").append(messageExpression).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    return sb.append("}").toString();
  }
}
