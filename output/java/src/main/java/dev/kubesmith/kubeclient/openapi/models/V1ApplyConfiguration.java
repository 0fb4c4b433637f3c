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
 * ApplyConfiguration defines the desired configuration values of an object.
 */
public class V1ApplyConfiguration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "expression");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ApplyConfiguration> CODEC = new Codec<V1ApplyConfiguration>() {
    @Override
    public V1ApplyConfiguration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ApplyConfiguration)");
      }
      V1ApplyConfiguration o = new V1ApplyConfiguration();
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
    public void write(JsonGenerator g, V1ApplyConfiguration o) throws IOException {
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

  public V1ApplyConfiguration expression(String expression) {
    this.expression = expression;
    return this;
  }

  /**
   * expression will be evaluated by CEL to create an apply configuration. ref:
   * https://github.com/google/cel-spec
   *
   * Apply configurations are declared in CEL using object initialization. For example, this CEL
   * expression returns an apply configuration to set a single field:
   *
   *         Object{
   *           spec: Object.spec{
   *             serviceAccountName: "example"
   *           }
   *         }
   *
   * Apply configurations may not modify atomic structs, maps or arrays due to the risk of
   * accidental deletion of values not included in the apply configuration.
   *
   * CEL expressions have access to the object types needed to create apply configurations:
   *
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
   * The `apiVersion`, `kind`, `metadata.name` and `metadata.generateName` are always accessible
   * from the root of the object. No other metadata properties are accessible.
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
    V1ApplyConfiguration that = (V1ApplyConfiguration) other;
    return Objects.equals(expression, that.expression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ApplyConfiguration {\n");
    sb.append("    expression: ").append(expression).append('\n');
    return sb.append("}").toString();
  }
}
