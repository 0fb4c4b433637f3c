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
 * DeviceDerivedAttribute defines a derived attribute computed via CEL.
 */
public class V1DeviceDerivedAttribute {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "expression",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DeviceDerivedAttribute> CODEC = new Codec<V1DeviceDerivedAttribute>() {
    @Override
    public V1DeviceDerivedAttribute read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DeviceDerivedAttribute)");
      }
      V1DeviceDerivedAttribute o = new V1DeviceDerivedAttribute();
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
    public void write(JsonGenerator g, V1DeviceDerivedAttribute o) throws IOException {
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

  public V1DeviceDerivedAttribute expression(String expression) {
    this.expression = expression;
    return this;
  }

  /**
   * Expression is a CEL expression evaluated against each candidate device. The expression must
   * evaluate to a primitive scalar (string, integer, boolean, or semver) or a list of these
   * scalars ([]string, []int64, []bool, []semver) to act as a virtual grouping key. Any other
   * return type is an error and causes CEL evaluation for the device to fail.
   *
   * The expression's input is an object named "device", which carries the same properties as in
   * a CELDeviceSelector.
   *
   * When pod scheduling encounters CEL runtime errors (such as looking up an attribute that
   * isn't defined) for some devices, it will abort allocation and fail scheduling for the Pod.
   * Surfacing evaluation errors immediately prevents silent topology matching failures that are
   * extremely hard to detect. A robust expression should, for example, check for the existence
   * of attributes before referencing them to avoid runtime evaluation errors.
   *
   * The expression gets evaluated after a device has passed the other selector expressions for
   * the request in which this expression is used. This allows writing expressions that are
   * tailored towards the specific devices being requested (for example, by assuming the device
   * is from a certain vendor and skipping those checks).
   *
   * The length of the expression must be smaller or equal to 10 Ki. The cost of evaluating it is
   * also limited based on the estimated number of logical steps; the combined cost of all
   * derived attributes in a claim is capped by a shared CEL cost budget.
   *
   * @return expression
   */
  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }

  public V1DeviceDerivedAttribute name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name is the identifier for this derived attribute, used in constraints.
   *
   * It must be a DNS subdomain followed by a slash ("/") followed by a C identifier (e.g.
   * "example.com/numaNode" or "derived/numaNode").
   *
   * If the chosen name matches an existing physical attribute from a driver, the derived
   * attribute's expression will shadow the physical attribute, and its evaluated value will be
   * used in constraints instead. When the goal is to define a derived attribute that is only
   * used within the ResourceClaim and not meant to shadow an existing attribute, use a domain
   * prefix that no DRA driver should be using (e.g. "derived/myAttribute").
   *
   * It is not valid to define a derived attribute that isn't used in at least one constraint.
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
    V1DeviceDerivedAttribute that = (V1DeviceDerivedAttribute) other;
    return Objects.equals(expression, that.expression)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DeviceDerivedAttribute {\n");
    sb.append("    expression: ").append(expression).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
