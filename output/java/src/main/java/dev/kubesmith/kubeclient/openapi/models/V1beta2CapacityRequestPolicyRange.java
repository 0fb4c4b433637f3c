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
 * CapacityRequestPolicyRange defines a valid range for consumable capacity values.
 *
 * If the DRAFractionalCapacityRange feature gate is enabled and at least one of Min, Max, or
 * Step is a fractional quantity (i.e. its value is not an integer), milli-unit arithmetic is
 * used instead, supporting values with up to 3 decimal places (e.g. 100m = 0.1). The largest
 * supported value then is 1000 times smaller compared to using 64-bit integers. Otherwise, all
 * comparisons use 64-bit integer arithmetic via resource.Quantity.Value().
 *
 *   - If the requested amount is less than Min, it is rounded up to the Min value.
 *   - If Step is set and the requested amount is between Min and Max but not aligned with
 * Step,
 *     it will be rounded up to the next value equal to Min + (n * Step).
 *   - If Step is not set, the requested amount is used as-is if it falls within the range Min
 * to Max (if set).
 *   - If the requested or rounded amount exceeds Max (if set), the request does not satisfy
 * the policy,
 *     and the device cannot be allocated.
 */
public class V1beta2CapacityRequestPolicyRange {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "max",
      "min",
      "step");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2CapacityRequestPolicyRange> CODEC = new Codec<V1beta2CapacityRequestPolicyRange>() {
    @Override
    public V1beta2CapacityRequestPolicyRange read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2CapacityRequestPolicyRange)");
      }
      V1beta2CapacityRequestPolicyRange o = new V1beta2CapacityRequestPolicyRange();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.max = Codecs.QUANTITY.read(p);
            break;
          case 1:
            o.min = Codecs.QUANTITY.read(p);
            break;
          case 2:
            o.step = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2CapacityRequestPolicyRange o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.max != null) {
        g.writeFieldName("max");
        Codecs.QUANTITY.write(g, o.max);
      }
      if (o.min != null) {
        g.writeFieldName("min");
        Codecs.QUANTITY.write(g, o.min);
      }
      if (o.step != null) {
        g.writeFieldName("step");
        Codecs.QUANTITY.write(g, o.step);
      }
      g.writeEndObject();
    }
  };

  private Quantity max;

  private Quantity min;

  private Quantity step;

  public V1beta2CapacityRequestPolicyRange max(Quantity max) {
    this.max = max;
    return this;
  }

  /**
   * Max defines the upper limit for capacity that can be requested.
   *
   * Max must be less than or equal to the capacity value. Min and requestPolicy.default must be
   * less than or equal to the maximum.
   *
   * @return max
   */
  public Quantity getMax() {
    return max;
  }

  public void setMax(Quantity max) {
    this.max = max;
  }

  public V1beta2CapacityRequestPolicyRange min(Quantity min) {
    this.min = min;
    return this;
  }

  /**
   * Min specifies the minimum capacity allowed for a consumption request.
   *
   * Min must be greater than or equal to zero, and less than or equal to the capacity value.
   * requestPolicy.default must be more than or equal to the minimum.
   *
   * @return min
   */
  public Quantity getMin() {
    return min;
  }

  public void setMin(Quantity min) {
    this.min = min;
  }

  public V1beta2CapacityRequestPolicyRange step(Quantity step) {
    this.step = step;
    return this;
  }

  /**
   * Step defines the step size between valid capacity amounts within the range.
   *
   * Max (if set) and requestPolicy.default must be a multiple of Step. Min + Step must be less
   * than or equal to the capacity value.
   *
   * @return step
   */
  public Quantity getStep() {
    return step;
  }

  public void setStep(Quantity step) {
    this.step = step;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2CapacityRequestPolicyRange that = (V1beta2CapacityRequestPolicyRange) other;
    return Objects.equals(max, that.max)
        && Objects.equals(min, that.min)
        && Objects.equals(step, that.step);
  }

  @Override
  public int hashCode() {
    return Objects.hash(max, min, step);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2CapacityRequestPolicyRange {\n");
    sb.append("    max: ").append(max).append('\n');
    sb.append("    min: ").append(min).append('\n');
    sb.append("    step: ").append(step).append('\n');
    return sb.append("}").toString();
  }
}
