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
 * The node this Taint is attached to has the "effect" on any pod that does not tolerate the
 * Taint.
 */
public class V1Taint {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "effect",
      "key",
      "timeAdded",
      "value");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Taint> CODEC = new Codec<V1Taint>() {
    @Override
    public V1Taint read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Taint)");
      }
      V1Taint o = new V1Taint();
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
    public void write(JsonGenerator g, V1Taint o) throws IOException {
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

  public V1Taint effect(String effect) {
    this.effect = effect;
    return this;
  }

  /**
   * Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are
   * NoSchedule, PreferNoSchedule and NoExecute.
   *
   * @return effect
   */
  public String getEffect() {
    return effect;
  }

  public void setEffect(String effect) {
    this.effect = effect;
  }

  public V1Taint key(String key) {
    this.key = key;
    return this;
  }

  /**
   * Required. The taint key to be applied to a node.
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public V1Taint timeAdded(OffsetDateTime timeAdded) {
    this.timeAdded = timeAdded;
    return this;
  }

  /**
   * TimeAdded represents the time at which the taint was added.
   *
   * @return timeAdded
   */
  public OffsetDateTime getTimeAdded() {
    return timeAdded;
  }

  public void setTimeAdded(OffsetDateTime timeAdded) {
    this.timeAdded = timeAdded;
  }

  public V1Taint value(String value) {
    this.value = value;
    return this;
  }

  /**
   * The taint value corresponding to the taint key.
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
    V1Taint that = (V1Taint) other;
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
    StringBuilder sb = new StringBuilder("class V1Taint {\n");
    sb.append("    effect: ").append(effect).append('\n');
    sb.append("    key: ").append(key).append('\n');
    sb.append("    timeAdded: ").append(timeAdded).append('\n');
    sb.append("    value: ").append(value).append('\n');
    return sb.append("}").toString();
  }
}
