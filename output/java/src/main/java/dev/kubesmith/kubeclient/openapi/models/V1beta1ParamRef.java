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
 * ParamRef describes how to locate the params to be used as input to expressions of rules
 * applied by a policy binding.
 */
public class V1beta1ParamRef {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "namespace",
      "parameterNotFoundAction",
      "selector");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1ParamRef> CODEC = new Codec<V1beta1ParamRef>() {
    @Override
    public V1beta1ParamRef read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1ParamRef)");
      }
      V1beta1ParamRef o = new V1beta1ParamRef();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.namespace = Codecs.STRING.read(p);
            break;
          case 2:
            o.parameterNotFoundAction = Codecs.STRING.read(p);
            break;
          case 3:
            o.selector = V1LabelSelector.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1ParamRef o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.namespace != null) {
        g.writeFieldName("namespace");
        Codecs.STRING.write(g, o.namespace);
      }
      if (o.parameterNotFoundAction != null) {
        g.writeFieldName("parameterNotFoundAction");
        Codecs.STRING.write(g, o.parameterNotFoundAction);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        V1LabelSelector.CODEC.write(g, o.selector);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private String namespace;

  private String parameterNotFoundAction;

  private V1LabelSelector selector;

  public V1beta1ParamRef name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of the resource being referenced.
   *
   * One of `name` or `selector` must be set, but `name` and `selector` are mutually exclusive
   * properties. If one is set, the other must be unset.
   *
   * A single parameter used for all admission requests can be configured by setting the `name`
   * field, leaving `selector` blank, and setting namespace if `paramKind` is namespace-scoped.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1beta1ParamRef namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * namespace is the namespace of the referenced resource. Allows limiting the search for params
   * to a specific namespace. Applies to both `name` and `selector` fields.
   *
   * A per-namespace parameter may be used by specifying a namespace-scoped `paramKind` in the
   * policy and leaving this field empty.
   *
   * - If `paramKind` is cluster-scoped, this field MUST be unset. Setting this field results in
   * a configuration error.
   *
   * - If `paramKind` is namespace-scoped, the namespace of the object being evaluated for
   * admission will be used when this field is left unset. Take care that if this is left empty
   * the binding must not match any cluster-scoped resources, which will result in an error.
   *
   * @return namespace
   */
  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public V1beta1ParamRef parameterNotFoundAction(String parameterNotFoundAction) {
    this.parameterNotFoundAction = parameterNotFoundAction;
    return this;
  }

  /**
   * parameterNotFoundAction controls the behavior of the binding when the resource exists, and
   * name or selector is valid, but there are no parameters matched by the binding. If the value
   * is set to `Allow`, then no matched parameters will be treated as successful validation by
   * the binding. If set to `Deny`, then no matched parameters will be subject to the
   * `failurePolicy` of the policy.
   *
   * Allowed values are `Allow` or `Deny`
   *
   * Required
   *
   * @return parameterNotFoundAction
   */
  public String getParameterNotFoundAction() {
    return parameterNotFoundAction;
  }

  public void setParameterNotFoundAction(String parameterNotFoundAction) {
    this.parameterNotFoundAction = parameterNotFoundAction;
  }

  public V1beta1ParamRef selector(V1LabelSelector selector) {
    this.selector = selector;
    return this;
  }

  /**
   * selector can be used to match multiple param objects based on their labels. Supply selector:
   * {} to match all resources of the ParamKind.
   *
   * If multiple params are found, they are all evaluated with the policy expressions and the
   * results are ANDed together.
   *
   * One of `name` or `selector` must be set, but `name` and `selector` are mutually exclusive
   * properties. If one is set, the other must be unset.
   *
   * @return selector
   */
  public V1LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(V1LabelSelector selector) {
    this.selector = selector;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1ParamRef that = (V1beta1ParamRef) other;
    return Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(parameterNotFoundAction, that.parameterNotFoundAction)
        && Objects.equals(selector, that.selector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, parameterNotFoundAction, selector);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1ParamRef {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespace: ").append(namespace).append('\n');
    sb.append("    parameterNotFoundAction: ").append(parameterNotFoundAction).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
