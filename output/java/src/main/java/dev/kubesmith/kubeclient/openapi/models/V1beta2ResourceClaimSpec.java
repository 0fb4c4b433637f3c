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
 * ResourceClaimSpec defines what is being requested in a ResourceClaim and how to configure
 * it.
 */
public class V1beta2ResourceClaimSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "devices");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2ResourceClaimSpec> CODEC = new Codec<V1beta2ResourceClaimSpec>() {
    @Override
    public V1beta2ResourceClaimSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2ResourceClaimSpec)");
      }
      V1beta2ResourceClaimSpec o = new V1beta2ResourceClaimSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.devices = V1beta2DeviceClaim.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2ResourceClaimSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.devices != null) {
        g.writeFieldName("devices");
        V1beta2DeviceClaim.CODEC.write(g, o.devices);
      }
      g.writeEndObject();
    }
  };

  private V1beta2DeviceClaim devices;

  public V1beta2ResourceClaimSpec devices(V1beta2DeviceClaim devices) {
    this.devices = devices;
    return this;
  }

  /**
   * Devices defines how to request devices.
   *
   * @return devices
   */
  public V1beta2DeviceClaim getDevices() {
    return devices;
  }

  public void setDevices(V1beta2DeviceClaim devices) {
    this.devices = devices;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2ResourceClaimSpec that = (V1beta2ResourceClaimSpec) other;
    return Objects.equals(devices, that.devices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(devices);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2ResourceClaimSpec {\n");
    sb.append("    devices: ").append(String.valueOf(devices).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
