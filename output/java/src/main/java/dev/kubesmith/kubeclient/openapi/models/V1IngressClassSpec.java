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
 * IngressClassSpec provides information about the class of an Ingress.
 */
public class V1IngressClassSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "controller",
      "parameters");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressClassSpec> CODEC = new Codec<V1IngressClassSpec>() {
    @Override
    public V1IngressClassSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressClassSpec)");
      }
      V1IngressClassSpec o = new V1IngressClassSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.controller = Codecs.STRING.read(p);
            break;
          case 1:
            o.parameters = V1IngressClassParametersReference.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressClassSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.controller != null) {
        g.writeFieldName("controller");
        Codecs.STRING.write(g, o.controller);
      }
      if (o.parameters != null) {
        g.writeFieldName("parameters");
        V1IngressClassParametersReference.CODEC.write(g, o.parameters);
      }
      g.writeEndObject();
    }
  };

  private String controller;

  private V1IngressClassParametersReference parameters;

  public V1IngressClassSpec controller(String controller) {
    this.controller = controller;
    return this;
  }

  /**
   * controller refers to the name of the controller that should handle this class. This allows
   * for different "flavors" that are controlled by the same controller. For example, you may
   * have different parameters for the same implementing controller. This should be specified as
   * a domain-prefixed path no more than 250 characters in length, e.g.
   * "acme.io/ingress-controller". This field is immutable.
   *
   * @return controller
   */
  public String getController() {
    return controller;
  }

  public void setController(String controller) {
    this.controller = controller;
  }

  public V1IngressClassSpec parameters(V1IngressClassParametersReference parameters) {
    this.parameters = parameters;
    return this;
  }

  /**
   * parameters is a link to a custom resource containing additional configuration for the
   * controller. This is optional if the controller does not require extra parameters.
   *
   * @return parameters
   */
  public V1IngressClassParametersReference getParameters() {
    return parameters;
  }

  public void setParameters(V1IngressClassParametersReference parameters) {
    this.parameters = parameters;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IngressClassSpec that = (V1IngressClassSpec) other;
    return Objects.equals(controller, that.controller)
        && Objects.equals(parameters, that.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(controller, parameters);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressClassSpec {\n");
    sb.append("    controller: ").append(controller).append('\n');
    sb.append("    parameters: ").append(String.valueOf(parameters).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
