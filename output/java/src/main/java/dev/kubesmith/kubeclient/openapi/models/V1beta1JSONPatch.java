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
 * JSONPatch defines a JSON Patch.
 */
public class V1beta1JSONPatch {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "expression");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1JSONPatch> CODEC = new Codec<V1beta1JSONPatch>() {
    @Override
    public V1beta1JSONPatch read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1JSONPatch)");
      }
      V1beta1JSONPatch o = new V1beta1JSONPatch();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.expression = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1JSONPatch o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.expression != null) {
        g.writeFieldName("expression");
        Codecs.STRING.write(g, o.expression);
      }
      g.writeEndObject();
    }
  };

  private String expression;

  public V1beta1JSONPatch expression(String expression) {
    this.expression = expression;
    return this;
  }

  /**
   * expression will be evaluated by CEL to create a [JSON patch](https://jsonpatch.com/). ref:
   * https://github.com/google/cel-spec
   *
   * expression must return an array of JSONPatch values.
   *
   * For example, this CEL expression returns a JSON patch to conditionally modify a value:
   *
   *           [
   *             JSONPatch{op: "test", path: "/spec/example", value: "Red"},
   *             JSONPatch{op: "replace", path: "/spec/example", value: "Green"}
   *           ]
   *
   * To define an object for the patch value, use Object types. For example:
   *
   *           [
   *             JSONPatch{
   *               op: "add",
   *               path: "/spec/selector",
   *               value: Object.spec.selector{matchLabels: {"environment": "test"}}
   *             }
   *           ]
   *
   * To use strings containing '/' and '~' as JSONPatch path keys, use "jsonpatch.escapeKey". For
   * example:
   *
   *           [
   *             JSONPatch{
   *               op: "add",
   *               path: "/metadata/labels/" + jsonpatch.escapeKey("example.com/environment"),
   *               value: "test"
   *             },
   *           ]
   *
   * CEL expressions have access to the types needed to create JSON patches and objects:
   *
   * - 'JSONPatch' - CEL type of JSON Patch operations. JSONPatch has the fields 'op', 'from',
   * 'path' and 'value'.
   *   See [JSON patch](https://jsonpatch.com/) for more details. The 'value' field may be set to
   * any of: string,
   *   integer, array, map or object.  If set, the 'path' and 'from' fields must be set to a
   *   [JSON pointer](https://datatracker.ietf.org/doc/html/rfc6901/) string, where the
   * 'jsonpatch.escapeKey()' CEL
   *   function may be used to escape path keys containing '/' and '~'.
   * - 'Object' - CEL type of the resource object. - 'Object.&lt;fieldName&gt;' - CEL type of
   * object field (such as 'Object.spec') -
   * 'Object.&lt;fieldName1&gt;.&lt;fieldName2&gt;...&lt;fieldNameN&gt;` - CEL type of nested
   * field (such as 'Object.spec.containers')
   *
   * CEL expressions have access to the contents of the API request, organized into CEL variables
   * as well as some other useful variables:
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
   * CEL expressions have access to [Kubernetes CEL function
   * libraries](https://kubernetes.io/docs/reference/using-api/cel/#cel-options-language-features-and-libraries)
   * as well as:
   *
   * - 'jsonpatch.escapeKey' - Performs JSONPatch key escaping. '~' and  '/' are escaped as '~0'
   * and `~1' respectively).
   *
   * Only property names of the form `[a-zA-Z_.-/][a-zA-Z0-9_.-/]*` are accessible. Required.
   *
   * @return expression
   */
  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1JSONPatch that = (V1beta1JSONPatch) other;
    return Objects.equals(expression, that.expression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1JSONPatch {\n");
    sb.append("    expression: ").append(expression).append('\n');
    return sb.append("}").toString();
  }
}
