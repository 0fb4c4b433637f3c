package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The device this taint is attached to has the "effect" on any claim which does not tolerate
 * the taint and, through the claim, to pods using the claim.
 */
public class V1beta2DeviceTaint {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "effect",
      "key",
      "timeAdded",
      "value");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2DeviceTaint> CODEC = new Codec<V1beta2DeviceTaint>() {
    @Override
    public V1beta2DeviceTaint read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2DeviceTaint)");
      }
      V1beta2DeviceTaint o = new V1beta2DeviceTaint();
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
            o.timeAdded = Codecs.TIME.read(p);
            break;
          case 3:
            o.value = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2DeviceTaint o) throws IOException {
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
      if (o.timeAdded != null) {
        g.writeFieldName("timeAdded");
        Codecs.TIME.write(g, o.timeAdded);
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

  private OffsetDateTime timeAdded;

  private String value;

  public V1beta2DeviceTaint effect(String effect) {
    this.effect = effect;
    return this;
  }

  /**
   * The effect of the taint on claims that do not tolerate the taint and through such claims on
   * the pods using them.
   *
   * Valid effects are None, NoSchedule and NoExecute. PreferNoSchedule as used for nodes is not
   * valid here. More effects may get added in the future. Consumers must treat unknown effects
   * like None.
   *
   * @return effect
   */
  public String getEffect() {
    return effect;
  }

  public void setEffect(String effect) {
    this.effect = effect;
  }

  public V1beta2DeviceTaint key(String key) {
    this.key = key;
    return this;
  }

  /**
   * The taint key to be applied to a device. Must be a label name.
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public V1beta2DeviceTaint timeAdded(OffsetDateTime timeAdded) {
    this.timeAdded = timeAdded;
    return this;
  }

  /**
   * TimeAdded represents the time at which the taint was added or (only in a DeviceTaintRule)
   * the effect was modified. Added automatically during create or update if not set.
   *
   * In addition, in a DeviceTaintRule a value provided during an update gets replaced with the
   * current time if the provided value is the same as the old one and the new effect is
   * different. Changing the key and/or value while keeping the effect unchanged is possible and
   * does not update the time stamp because the eviction which uses it is either already started
   * (NoExecute) or not started yet (NoEffect, NoSchedule).
   *
   * @return timeAdded
   */
  public OffsetDateTime getTimeAdded() {
    return timeAdded;
  }

  public void setTimeAdded(OffsetDateTime timeAdded) {
    this.timeAdded = timeAdded;
  }

  public V1beta2DeviceTaint value(String value) {
    this.value = value;
    return this;
  }

  /**
   * The taint value corresponding to the taint key. Must be a label value.
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
    V1beta2DeviceTaint that = (V1beta2DeviceTaint) other;
    return Objects.equals(effect, that.effect)
        && Objects.equals(key, that.key)
        && Objects.equals(timeAdded, that.timeAdded)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(effect, key, timeAdded, value);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2DeviceTaint {\n");
    sb.append("    effect: ").append(effect).append('\n');
    sb.append("    key: ").append(key).append('\n');
    sb.append("    timeAdded: ").append(timeAdded).append('\n');
    sb.append("    value: ").append(value).append('\n');
    return sb.append("}").toString();
  }
}
