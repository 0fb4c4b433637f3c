package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * DeviceCapacity describes a quantity associated with a device.
 */
public class V1beta1DeviceCapacity {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "requestPolicy",
      "value");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DeviceCapacity> CODEC = new Codec<V1beta1DeviceCapacity>() {
    @Override
    public V1beta1DeviceCapacity read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DeviceCapacity)");
      }
      V1beta1DeviceCapacity o = new V1beta1DeviceCapacity();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.requestPolicy = V1beta1CapacityRequestPolicy.CODEC.read(p);
            break;
          case 1:
            o.value = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DeviceCapacity o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.requestPolicy != null) {
        g.writeFieldName("requestPolicy");
        V1beta1CapacityRequestPolicy.CODEC.write(g, o.requestPolicy);
      }
      if (o.value != null) {
        g.writeFieldName("value");
        Codecs.QUANTITY.write(g, o.value);
      }
      g.writeEndObject();
    }
  };

  private V1beta1CapacityRequestPolicy requestPolicy;

  private Quantity value;

  public V1beta1DeviceCapacity requestPolicy(V1beta1CapacityRequestPolicy requestPolicy) {
    this.requestPolicy = requestPolicy;
    return this;
  }

  /**
   * RequestPolicy defines how this DeviceCapacity must be consumed when the device is allowed to
   * be shared by multiple allocations.
   *
   * The Device must have allowMultipleAllocations set to true in order to set a requestPolicy.
   *
   * If unset, capacity requests are unconstrained: requests can consume any amount of capacity,
   * as long as the total consumed across all allocations does not exceed the device's defined
   * capacity. If request is also unset, default is the full capacity value.
   *
   * @return requestPolicy
   */
  public V1beta1CapacityRequestPolicy getRequestPolicy() {
    return requestPolicy;
  }

  public void setRequestPolicy(V1beta1CapacityRequestPolicy requestPolicy) {
    this.requestPolicy = requestPolicy;
  }

  public V1beta1DeviceCapacity value(Quantity value) {
    this.value = value;
    return this;
  }

  /**
   * Value defines how much of a certain capacity that device has.
   *
   * This field reflects the fixed total capacity and does not change. The consumed amount is
   * tracked separately by scheduler and does not affect this value.
   *
   * @return value
   */
  public Quantity getValue() {
    return value;
  }

  public void setValue(Quantity value) {
    this.value = value;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DeviceCapacity that = (V1beta1DeviceCapacity) other;
    return Objects.equals(requestPolicy, that.requestPolicy)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestPolicy, value);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DeviceCapacity {\n");
    sb.append("    requestPolicy: ").append(String.valueOf(requestPolicy).replace("\n", "\n    ")).append('\n');
    sb.append("    value: ").append(value).append('\n');
    return sb.append("}").toString();
  }
}
