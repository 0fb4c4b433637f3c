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
public class V1alpha3DeviceTaintRuleSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "deviceSelector",
      "taint");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3DeviceTaintRuleSpec> CODEC = new Codec<V1alpha3DeviceTaintRuleSpec>() {
    @Override
    public V1alpha3DeviceTaintRuleSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3DeviceTaintRuleSpec)");
      }
      V1alpha3DeviceTaintRuleSpec o = new V1alpha3DeviceTaintRuleSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.deviceSelector = V1alpha3DeviceTaintSelector.CODEC.read(p);
            break;
          case 1:
            o.taint = V1alpha3DeviceTaint.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3DeviceTaintRuleSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.deviceSelector != null) {
        g.writeFieldName("deviceSelector");
        V1alpha3DeviceTaintSelector.CODEC.write(g, o.deviceSelector);
      }
      if (o.taint != null) {
        g.writeFieldName("taint");
        V1alpha3DeviceTaint.CODEC.write(g, o.taint);
      }
      g.writeEndObject();
    }
  };

  private V1alpha3DeviceTaintSelector deviceSelector;

  private V1alpha3DeviceTaint taint;

  public V1alpha3DeviceTaintRuleSpec deviceSelector(V1alpha3DeviceTaintSelector deviceSelector) {
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
  public V1alpha3DeviceTaintSelector getDeviceSelector() {
    return deviceSelector;
  }

  public void setDeviceSelector(V1alpha3DeviceTaintSelector deviceSelector) {
    this.deviceSelector = deviceSelector;
  }

  public V1alpha3DeviceTaintRuleSpec taint(V1alpha3DeviceTaint taint) {
    this.taint = taint;
    return this;
  }

  /**
   * The taint that gets applied to matching devices.
   *
   * @return taint
   */
  public V1alpha3DeviceTaint getTaint() {
    return taint;
  }

  public void setTaint(V1alpha3DeviceTaint taint) {
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
    V1alpha3DeviceTaintRuleSpec that = (V1alpha3DeviceTaintRuleSpec) other;
    return Objects.equals(deviceSelector, that.deviceSelector)
        && Objects.equals(taint, that.taint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deviceSelector, taint);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3DeviceTaintRuleSpec {\n");
    sb.append("    deviceSelector: ").append(String.valueOf(deviceSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    taint: ").append(String.valueOf(taint).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
