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
 * CELDeviceSelector contains a CEL expression for selecting a device.
 */
public class V1CELDeviceSelector {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "expression");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CELDeviceSelector> CODEC = new Codec<V1CELDeviceSelector>() {
    @Override
    public V1CELDeviceSelector read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CELDeviceSelector)");
      }
      V1CELDeviceSelector o = new V1CELDeviceSelector();
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
    public void write(JsonGenerator g, V1CELDeviceSelector o) throws IOException {
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

  public V1CELDeviceSelector expression(String expression) {
    this.expression = expression;
    return this;
  }

  /**
   * Expression is a CEL expression which evaluates a single device. It must evaluate to true
   * when the device under consideration satisfies the desired criteria, and false when it does
   * not. Any other result is an error and causes allocation of devices to abort.
   *
   * The expression's input is an object named "device", which carries the following properties:
   *  - driver (string): the name of the driver which defines this device.
   *  - attributes (map[string]object): the device's attributes, grouped by prefix
   *    (e.g. device.attributes["dra.example.com"] evaluates to an object with all
   *    of the attributes which were prefixed by "dra.example.com").
   *  - capacity (map[string]object): the device's capacities, grouped by prefix.
   *  - allowMultipleAllocations (bool): the allowMultipleAllocations property of the device
   *    (v1.34+ with the DRAConsumableCapacity feature enabled).
   *
   * Example: Consider a device with driver="dra.example.com", which exposes two attributes named
   * "model" and "ext.example.com/family" and which exposes one capacity named "modules". This
   * input to this expression would have the following fields:
   *
   *     device.driver
   *     device.attributes["dra.example.com"].model
   *     device.attributes["ext.example.com"].family
   *     device.capacity["dra.example.com"].modules
   *
   * The device.driver field can be used to check for a specific driver, either as a high-level
   * precondition (i.e. you only want to consider devices from this driver) or as part of a
   * multi-clause expression that is meant to consider devices from different drivers.
   *
   * The value type of each attribute is defined by the device definition, and users who write
   * these expressions must consult the documentation for their specific drivers. The value type
   * of each capacity is Quantity.
   *
   * If an unknown prefix is used as a lookup in either device.attributes or device.capacity, an
   * empty map will be returned. Any reference to an unknown field will cause an evaluation error
   * and allocation to abort.
   *
   * A robust expression should check for the existence of attributes before referencing them.
   *
   * Common errors: - "no such key": Use optional chaining (.? followed by orValue())
   *   or guarding the check with has() for optional fields.
   *   See CEL Optional Types for details:
   *   https://pkg.go.dev/github.com/google/cel-go&#64;v0.17.4/cel#OptionalTypes
   *
   * For more CEL expression syntax and examples, see:
   * https://kubernetes.io/docs/reference/using-api/cel/
   *
   * For ease of use, the cel.bind() function is enabled, and can be used to simplify expressions
   * that access multiple attributes with the same domain. For example:
   *
   *     cel.bind(dra, device.attributes["dra.example.com"], dra.someBool &amp;&amp;
   * dra.anotherBool)
   *
   * When the DRAListTypeAttributes feature gate is enabled, the includes() helper is available
   * and it can work for both scalar and list-type attributes. It was introduced to support
   * smooth migration from scalar attributes to list-type attributes while keeping CEL
   * expressions simple. For example:
   *
   *     device.attributes["dra.example.com"].models.includes("some-model")
   *
   * The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is
   * also limited based on the estimated number of logical steps.
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
    V1CELDeviceSelector that = (V1CELDeviceSelector) other;
    return Objects.equals(expression, that.expression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CELDeviceSelector {\n");
    sb.append("    expression: ").append(expression).append('\n');
    return sb.append("}").toString();
  }
}
