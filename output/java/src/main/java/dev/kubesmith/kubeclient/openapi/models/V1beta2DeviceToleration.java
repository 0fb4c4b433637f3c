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
 * The ResourceClaim this DeviceToleration is attached to tolerates any taint that matches the
 * triple &lt;key,value,effect&gt; using the matching operator &lt;operator&gt;.
 */
public class V1beta2DeviceToleration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "effect",
      "key",
      "operator",
      "tolerationSeconds",
      "value");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2DeviceToleration> CODEC = new Codec<V1beta2DeviceToleration>() {
    @Override
    public V1beta2DeviceToleration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2DeviceToleration)");
      }
      V1beta2DeviceToleration o = new V1beta2DeviceToleration();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.effect = Codecs.STRING.read(p);
            break;
          case 1:
            o.key = Codecs.STRING.read(p);
            break;
          case 2:
            o.operator = Codecs.STRING.read(p);
            break;
          case 3:
            o.tolerationSeconds = Codecs.INT64.read(p);
            break;
          case 4:
            o.value = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2DeviceToleration o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.effect != null) {
        g.writeFieldName("effect");
        Codecs.STRING.write(g, o.effect);
      }
      if (o.key != null) {
        g.writeFieldName("key");
        Codecs.STRING.write(g, o.key);
      }
      if (o.operator != null) {
        g.writeFieldName("operator");
        Codecs.STRING.write(g, o.operator);
      }
      if (o.tolerationSeconds != null) {
        g.writeFieldName("tolerationSeconds");
        Codecs.INT64.write(g, o.tolerationSeconds);
      }
      if (o.value != null) {
        g.writeFieldName("value");
        Codecs.STRING.write(g, o.value);
      }
      g.writeEndObject();
    }
  };

  private String effect;

  private String key;

  private String operator;

  private Long tolerationSeconds;

  private String value;

  public V1beta2DeviceToleration effect(String effect) {
    this.effect = effect;
    return this;
  }

  /**
   * Effect indicates the taint effect to match. Empty means match all taint effects. When
   * specified, allowed values are NoSchedule and NoExecute.
   *
   * @return effect
   */
  public String getEffect() {
    return effect;
  }

  public void setEffect(String effect) {
    this.effect = effect;
  }

  public V1beta2DeviceToleration key(String key) {
    this.key = key;
    return this;
  }

  /**
   * Key is the taint key that the toleration applies to. Empty means match all taint keys. If
   * the key is empty, operator must be Exists; this combination means to match all values and
   * all keys. Must be a label name.
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public V1beta2DeviceToleration operator(String operator) {
    this.operator = operator;
    return this;
  }

  /**
   * Operator represents a key's relationship to the value. Valid operators are Exists and Equal.
   * Defaults to Equal. Exists is equivalent to wildcard for value, so that a ResourceClaim can
   * tolerate all taints of a particular category.
   *
   * @return operator
   */
  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public V1beta2DeviceToleration tolerationSeconds(Long tolerationSeconds) {
    this.tolerationSeconds = tolerationSeconds;
    return this;
  }

  /**
   * TolerationSeconds represents the period of time the toleration (which must be of effect
   * NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set,
   * which means tolerate the taint forever (do not evict). Zero and negative values will be
   * treated as 0 (evict immediately) by the system. If larger than zero, the time when the pod
   * needs to be evicted is calculated as &lt;time when taint was adedd&gt; + &lt;toleration
   * seconds&gt;.
   *
   * @return tolerationSeconds
   */
  public Long getTolerationSeconds() {
    return tolerationSeconds;
  }

  public void setTolerationSeconds(Long tolerationSeconds) {
    this.tolerationSeconds = tolerationSeconds;
  }

  public V1beta2DeviceToleration value(String value) {
    this.value = value;
    return this;
  }

  /**
   * Value is the taint value the toleration matches to. If the operator is Exists, the value
   * must be empty, otherwise just a regular string. Must be a label value.
   *
   * @return value
   */
  public String getValue() {
    return value;
  }

  public void setValue(String value) {
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
    V1beta2DeviceToleration that = (V1beta2DeviceToleration) other;
    return Objects.equals(effect, that.effect)
        && Objects.equals(key, that.key)
        && Objects.equals(operator, that.operator)
        && Objects.equals(tolerationSeconds, that.tolerationSeconds)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(effect, key, operator, tolerationSeconds, value);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2DeviceToleration {\n");
    sb.append("    effect: ").append(effect).append('\n');
    sb.append("    key: ").append(key).append('\n');
    sb.append("    operator: ").append(operator).append('\n');
    sb.append("    tolerationSeconds: ").append(tolerationSeconds).append('\n');
    sb.append("    value: ").append(value).append('\n');
    return sb.append("}").toString();
  }
}
