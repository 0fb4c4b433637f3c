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
 * DeviceTaintRuleSpec specifies the selector and one taint.
 */
public class V1beta2DeviceTaintRuleSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "deviceSelector",
      "taint");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2DeviceTaintRuleSpec> CODEC = new Codec<V1beta2DeviceTaintRuleSpec>() {
    @Override
    public V1beta2DeviceTaintRuleSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2DeviceTaintRuleSpec)");
      }
      V1beta2DeviceTaintRuleSpec o = new V1beta2DeviceTaintRuleSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.deviceSelector = V1beta2DeviceTaintSelector.CODEC.read(p);
            break;
          case 1:
            o.taint = V1beta2DeviceTaint.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2DeviceTaintRuleSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.deviceSelector != null) {
        g.writeFieldName("deviceSelector");
        V1beta2DeviceTaintSelector.CODEC.write(g, o.deviceSelector);
      }
      if (o.taint != null) {
        g.writeFieldName("taint");
        V1beta2DeviceTaint.CODEC.write(g, o.taint);
      }
      g.writeEndObject();
    }
  };

  private V1beta2DeviceTaintSelector deviceSelector;

  private V1beta2DeviceTaint taint;

  public V1beta2DeviceTaintRuleSpec deviceSelector(V1beta2DeviceTaintSelector deviceSelector) {
    this.deviceSelector = deviceSelector;
    return this;
  }

  /**
   * DeviceSelector defines which device(s) the taint is applied to. All selector criteria must
   * be satisfied for a device to match. The empty selector matches all devices. Without a
   * selector, no devices are matches.
   *
   * @return deviceSelector
   */
  public V1beta2DeviceTaintSelector getDeviceSelector() {
    return deviceSelector;
  }

  public void setDeviceSelector(V1beta2DeviceTaintSelector deviceSelector) {
    this.deviceSelector = deviceSelector;
  }

  public V1beta2DeviceTaintRuleSpec taint(V1beta2DeviceTaint taint) {
    this.taint = taint;
    return this;
  }

  /**
   * The taint that gets applied to matching devices.
   *
   * @return taint
   */
  public V1beta2DeviceTaint getTaint() {
    return taint;
  }

  public void setTaint(V1beta2DeviceTaint taint) {
    this.taint = taint;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2DeviceTaintRuleSpec that = (V1beta2DeviceTaintRuleSpec) other;
    return Objects.equals(deviceSelector, that.deviceSelector)
        && Objects.equals(taint, that.taint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deviceSelector, taint);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2DeviceTaintRuleSpec {\n");
    sb.append("    deviceSelector: ").append(String.valueOf(deviceSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    taint: ").append(String.valueOf(taint).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
