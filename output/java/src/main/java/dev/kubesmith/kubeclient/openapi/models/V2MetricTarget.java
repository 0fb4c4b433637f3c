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
 * MetricTarget defines the target value, average value, or average utilization of a specific
 * metric
 */
public class V2MetricTarget {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "averageUtilization",
      "averageValue",
      "type",
      "value");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2MetricTarget> CODEC = new Codec<V2MetricTarget>() {
    @Override
    public V2MetricTarget read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2MetricTarget)");
      }
      V2MetricTarget o = new V2MetricTarget();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.averageUtilization = Codecs.INT32.read(p);
            break;
          case 1:
            o.averageValue = Codecs.QUANTITY.read(p);
            break;
          case 2:
            o.type = Codecs.STRING.read(p);
            break;
          case 3:
            o.value = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2MetricTarget o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.averageUtilization != null) {
        g.writeFieldName("averageUtilization");
        Codecs.INT32.write(g, o.averageUtilization);
      }
      if (o.averageValue != null) {
        g.writeFieldName("averageValue");
        Codecs.QUANTITY.write(g, o.averageValue);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      if (o.value != null) {
        g.writeFieldName("value");
        Codecs.QUANTITY.write(g, o.value);
      }
      g.writeEndObject();
    }
  };

  private Integer averageUtilization;

  private Quantity averageValue;

  private String type;

  private Quantity value;

  public V2MetricTarget averageUtilization(Integer averageUtilization) {
    this.averageUtilization = averageUtilization;
    return this;
  }

  /**
   * averageUtilization is the target value of the average of the resource metric across all
   * relevant pods, represented as a percentage of the requested value of the resource for the
   * pods. Currently only valid for Resource metric source type
   *
   * @return averageUtilization
   */
  public Integer getAverageUtilization() {
    return averageUtilization;
  }

  public void setAverageUtilization(Integer averageUtilization) {
    this.averageUtilization = averageUtilization;
  }

  public V2MetricTarget averageValue(Quantity averageValue) {
    this.averageValue = averageValue;
    return this;
  }

  /**
   * averageValue is the target value of the average of the metric across all relevant pods (as a
   * quantity)
   *
   * @return averageValue
   */
  public Quantity getAverageValue() {
    return averageValue;
  }

  public void setAverageValue(Quantity averageValue) {
    this.averageValue = averageValue;
  }

  public V2MetricTarget type(String type) {
    this.type = type;
    return this;
  }

  /**
   * type represents whether the metric type is Utilization, Value, or AverageValue
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public V2MetricTarget value(Quantity value) {
    this.value = value;
    return this;
  }

  /**
   * value is the target value of the metric (as a quantity).
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
    V2MetricTarget that = (V2MetricTarget) other;
    return Objects.equals(averageUtilization, that.averageUtilization)
        && Objects.equals(averageValue, that.averageValue)
        && Objects.equals(type, that.type)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(averageUtilization, averageValue, type, value);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2MetricTarget {\n");
    sb.append("    averageUtilization: ").append(averageUtilization).append('\n');
    sb.append("    averageValue: ").append(averageValue).append('\n');
    sb.append("    type: ").append(type).append('\n');
    sb.append("    value: ").append(value).append('\n');
    return sb.append("}").toString();
  }
}
