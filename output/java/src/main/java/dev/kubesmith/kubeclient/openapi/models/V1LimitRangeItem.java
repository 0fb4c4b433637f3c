package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * LimitRangeItem defines a min/max usage limit for any resource that matches on kind.
 */
public class V1LimitRangeItem {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "default",
      "defaultRequest",
      "max",
      "maxLimitRequestRatio",
      "min",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LimitRangeItem> CODEC = new Codec<V1LimitRangeItem>() {
    @Override
    public V1LimitRangeItem read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LimitRangeItem)");
      }
      V1LimitRangeItem o = new V1LimitRangeItem();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o._default = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 1:
            o.defaultRequest = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 2:
            o.max = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 3:
            o.maxLimitRequestRatio = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 4:
            o.min = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 5:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LimitRangeItem o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o._default != null) {
        g.writeFieldName("default");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o._default);
      }
      if (o.defaultRequest != null) {
        g.writeFieldName("defaultRequest");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.defaultRequest);
      }
      if (o.max != null) {
        g.writeFieldName("max");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.max);
      }
      if (o.maxLimitRequestRatio != null) {
        g.writeFieldName("maxLimitRequestRatio");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.maxLimitRequestRatio);
      }
      if (o.min != null) {
        g.writeFieldName("min");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.min);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private Map<String, Quantity> _default;

  private Map<String, Quantity> defaultRequest;

  private Map<String, Quantity> max;

  private Map<String, Quantity> maxLimitRequestRatio;

  private Map<String, Quantity> min;

  private String type;

  public V1LimitRangeItem _default(Map<String, Quantity> _default) {
    this._default = _default;
    return this;
  }

  public V1LimitRangeItem putDefaultItem(String key, Quantity item) {
    if (this._default == null) {
      this._default = new LinkedHashMap<>();
    }
    this._default.put(key, item);
    return this;
  }

  /**
   * Default resource requirement limit value by resource name if resource limit is omitted.
   *
   * @return _default
   */
  public Map<String, Quantity> getDefault() {
    return _default;
  }

  public void setDefault(Map<String, Quantity> _default) {
    this._default = _default;
  }

  public V1LimitRangeItem defaultRequest(Map<String, Quantity> defaultRequest) {
    this.defaultRequest = defaultRequest;
    return this;
  }

  public V1LimitRangeItem putDefaultRequestItem(String key, Quantity item) {
    if (this.defaultRequest == null) {
      this.defaultRequest = new LinkedHashMap<>();
    }
    this.defaultRequest.put(key, item);
    return this;
  }

  /**
   * DefaultRequest is the default resource requirement request value by resource name if
   * resource request is omitted.
   *
   * @return defaultRequest
   */
  public Map<String, Quantity> getDefaultRequest() {
    return defaultRequest;
  }

  public void setDefaultRequest(Map<String, Quantity> defaultRequest) {
    this.defaultRequest = defaultRequest;
  }

  public V1LimitRangeItem max(Map<String, Quantity> max) {
    this.max = max;
    return this;
  }

  public V1LimitRangeItem putMaxItem(String key, Quantity item) {
    if (this.max == null) {
      this.max = new LinkedHashMap<>();
    }
    this.max.put(key, item);
    return this;
  }

  /**
   * Max usage constraints on this kind by resource name.
   *
   * @return max
   */
  public Map<String, Quantity> getMax() {
    return max;
  }

  public void setMax(Map<String, Quantity> max) {
    this.max = max;
  }

  public V1LimitRangeItem maxLimitRequestRatio(Map<String, Quantity> maxLimitRequestRatio) {
    this.maxLimitRequestRatio = maxLimitRequestRatio;
    return this;
  }

  public V1LimitRangeItem putMaxLimitRequestRatioItem(String key, Quantity item) {
    if (this.maxLimitRequestRatio == null) {
      this.maxLimitRequestRatio = new LinkedHashMap<>();
    }
    this.maxLimitRequestRatio.put(key, item);
    return this;
  }

  /**
   * MaxLimitRequestRatio if specified, the named resource must have a request and limit that are
   * both non-zero where limit divided by request is less than or equal to the enumerated value;
   * this represents the max burst for the named resource.
   *
   * @return maxLimitRequestRatio
   */
  public Map<String, Quantity> getMaxLimitRequestRatio() {
    return maxLimitRequestRatio;
  }

  public void setMaxLimitRequestRatio(Map<String, Quantity> maxLimitRequestRatio) {
    this.maxLimitRequestRatio = maxLimitRequestRatio;
  }

  public V1LimitRangeItem min(Map<String, Quantity> min) {
    this.min = min;
    return this;
  }

  public V1LimitRangeItem putMinItem(String key, Quantity item) {
    if (this.min == null) {
      this.min = new LinkedHashMap<>();
    }
    this.min.put(key, item);
    return this;
  }

  /**
   * Min usage constraints on this kind by resource name.
   *
   * @return min
   */
  public Map<String, Quantity> getMin() {
    return min;
  }

  public void setMin(Map<String, Quantity> min) {
    this.min = min;
  }

  public V1LimitRangeItem type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Type of resource that this limit applies to.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1LimitRangeItem that = (V1LimitRangeItem) other;
    return Objects.equals(_default, that._default)
        && Objects.equals(defaultRequest, that.defaultRequest)
        && Objects.equals(max, that.max)
        && Objects.equals(maxLimitRequestRatio, that.maxLimitRequestRatio)
        && Objects.equals(min, that.min)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(_default, defaultRequest, max, maxLimitRequestRatio, min, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LimitRangeItem {\n");
    sb.append("    _default: ").append(String.valueOf(_default).replace("\n", "\n    ")).append('\n');
    sb.append("    defaultRequest: ").append(String.valueOf(defaultRequest).replace("\n", "\n    ")).append('\n');
    sb.append("    max: ").append(String.valueOf(max).replace("\n", "\n    ")).append('\n');
    sb.append("    maxLimitRequestRatio: ").append(String.valueOf(maxLimitRequestRatio).replace("\n", "\n    ")).append('\n');
    sb.append("    min: ").append(String.valueOf(min).replace("\n", "\n    ")).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
