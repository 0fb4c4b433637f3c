package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CapacityRequestPolicy defines how requests consume device capacity.
 *
 * Must not set more than one ValidRequestValues.
 */
public class V1CapacityRequestPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "default",
      "validRange",
      "validValues");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CapacityRequestPolicy> CODEC = new Codec<V1CapacityRequestPolicy>() {
    @Override
    public V1CapacityRequestPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CapacityRequestPolicy)");
      }
      V1CapacityRequestPolicy o = new V1CapacityRequestPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o._default = Codecs.QUANTITY.read(p);
            break;
          case 1:
            o.validRange = V1CapacityRequestPolicyRange.CODEC.read(p);
            break;
          case 2:
            o.validValues = Codecs.listOf(Codecs.QUANTITY).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CapacityRequestPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o._default != null) {
        g.writeFieldName("default");
        Codecs.QUANTITY.write(g, o._default);
      }
      if (o.validRange != null) {
        g.writeFieldName("validRange");
        V1CapacityRequestPolicyRange.CODEC.write(g, o.validRange);
      }
      if (o.validValues != null) {
        g.writeFieldName("validValues");
        Codecs.listOf(Codecs.QUANTITY).write(g, o.validValues);
      }
      g.writeEndObject();
    }
  };

  private Quantity _default;

  private V1CapacityRequestPolicyRange validRange;

  private List<Quantity> validValues;

  public V1CapacityRequestPolicy _default(Quantity _default) {
    this._default = _default;
    return this;
  }

  /**
   * Default specifies how much of this capacity is consumed by a request that does not contain
   * an entry for it in DeviceRequest's Capacity.
   *
   * @return _default
   */
  public Quantity getDefault() {
    return _default;
  }

  public void setDefault(Quantity _default) {
    this._default = _default;
  }

  public V1CapacityRequestPolicy validRange(V1CapacityRequestPolicyRange validRange) {
    this.validRange = validRange;
    return this;
  }

  /**
   * ValidRange defines an acceptable quantity value range in consuming requests.
   *
   * If this field is set, Default must be defined and it must fall within the defined
   * ValidRange.
   *
   * If the requested amount does not fall within the defined range, the request violates the
   * policy, and this device cannot be allocated.
   *
   * If the request doesn't contain this capacity entry, Default value is used.
   *
   * @return validRange
   */
  public V1CapacityRequestPolicyRange getValidRange() {
    return validRange;
  }

  public void setValidRange(V1CapacityRequestPolicyRange validRange) {
    this.validRange = validRange;
  }

  public V1CapacityRequestPolicy validValues(List<Quantity> validValues) {
    this.validValues = validValues;
    return this;
  }

  public V1CapacityRequestPolicy addValidValuesItem(Quantity item) {
    if (this.validValues == null) {
      this.validValues = new ArrayList<>();
    }
    this.validValues.add(item);
    return this;
  }

  /**
   * ValidValues defines a set of acceptable quantity values in consuming requests.
   *
   * Must not contain more than 10 entries. Must be sorted in ascending order.
   *
   * If this field is set, Default must be defined and it must be included in ValidValues list.
   *
   * If the requested amount does not match any valid value but smaller than some valid values,
   * the scheduler calculates the smallest valid value that is greater than or equal to the
   * request. That is: min(ceil(requestedValue) ∈ validValues), where requestedValue ≤
   * max(validValues).
   *
   * If the requested amount exceeds all valid values, the request violates the policy, and this
   * device cannot be allocated.
   *
   * @return validValues
   */
  public List<Quantity> getValidValues() {
    return validValues;
  }

  public void setValidValues(List<Quantity> validValues) {
    this.validValues = validValues;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CapacityRequestPolicy that = (V1CapacityRequestPolicy) other;
    return Objects.equals(_default, that._default)
        && Objects.equals(validRange, that.validRange)
        && Objects.equals(validValues, that.validValues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(_default, validRange, validValues);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CapacityRequestPolicy {\n");
    sb.append("    _default: ").append(_default).append('\n');
    sb.append("    validRange: ").append(String.valueOf(validRange).replace("\n", "\n    ")).append('\n');
    sb.append("    validValues: ").append(String.valueOf(validValues).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
