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
 * HPAScalingPolicy is a single policy which must hold true for a specified past interval.
 */
public class V2HPAScalingPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "periodSeconds",
      "type",
      "value");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2HPAScalingPolicy> CODEC = new Codec<V2HPAScalingPolicy>() {
    @Override
    public V2HPAScalingPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2HPAScalingPolicy)");
      }
      V2HPAScalingPolicy o = new V2HPAScalingPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.periodSeconds = Codecs.INT32.read(p);
            break;
          case 1:
            o.type = Codecs.STRING.read(p);
            break;
          case 2:
            o.value = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2HPAScalingPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.periodSeconds != null) {
        g.writeFieldName("periodSeconds");
        Codecs.INT32.write(g, o.periodSeconds);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      if (o.value != null) {
        g.writeFieldName("value");
        Codecs.INT32.write(g, o.value);
      }
      g.writeEndObject();
    }
  };

  private Integer periodSeconds;

  private String type;

  private Integer value;

  public V2HPAScalingPolicy periodSeconds(Integer periodSeconds) {
    this.periodSeconds = periodSeconds;
    return this;
  }

  /**
   * periodSeconds specifies the window of time for which the policy should hold true.
   * PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).
   *
   * @return periodSeconds
   */
  public Integer getPeriodSeconds() {
    return periodSeconds;
  }

  public void setPeriodSeconds(Integer periodSeconds) {
    this.periodSeconds = periodSeconds;
  }

  public V2HPAScalingPolicy type(String type) {
    this.type = type;
    return this;
  }

  /**
   * type is used to specify the scaling policy.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public V2HPAScalingPolicy value(Integer value) {
    this.value = value;
    return this;
  }

  /**
   * value contains the amount of change which is permitted by the policy. It must be greater
   * than zero
   *
   * @return value
   */
  public Integer getValue() {
    return value;
  }

  public void setValue(Integer value) {
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
    V2HPAScalingPolicy that = (V2HPAScalingPolicy) other;
    return Objects.equals(periodSeconds, that.periodSeconds)
        && Objects.equals(type, that.type)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(periodSeconds, type, value);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2HPAScalingPolicy {\n");
    sb.append("    periodSeconds: ").append(periodSeconds).append('\n');
    sb.append("    type: ").append(type).append('\n');
    sb.append("    value: ").append(value).append('\n');
    return sb.append("}").toString();
  }
}
