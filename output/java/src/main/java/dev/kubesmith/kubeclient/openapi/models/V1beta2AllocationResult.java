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
 * AllocationResult contains attributes of an allocated resource.
 */
public class V1beta2AllocationResult {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allocationTimestamp",
      "devices",
      "nodeSelector");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2AllocationResult> CODEC = new Codec<V1beta2AllocationResult>() {
    @Override
    public V1beta2AllocationResult read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2AllocationResult)");
      }
      V1beta2AllocationResult o = new V1beta2AllocationResult();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allocationTimestamp = Codecs.TIME.read(p);
            break;
          case 1:
            o.devices = V1beta2DeviceAllocationResult.CODEC.read(p);
            break;
          case 2:
            o.nodeSelector = V1NodeSelector.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2AllocationResult o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allocationTimestamp != null) {
        g.writeFieldName("allocationTimestamp");
        Codecs.TIME.write(g, o.allocationTimestamp);
      }
      if (o.devices != null) {
        g.writeFieldName("devices");
        V1beta2DeviceAllocationResult.CODEC.write(g, o.devices);
      }
      if (o.nodeSelector != null) {
        g.writeFieldName("nodeSelector");
        V1NodeSelector.CODEC.write(g, o.nodeSelector);
      }
      g.writeEndObject();
    }
  };

  private OffsetDateTime allocationTimestamp;

  private V1beta2DeviceAllocationResult devices;

  private V1NodeSelector nodeSelector;

  public V1beta2AllocationResult allocationTimestamp(OffsetDateTime allocationTimestamp) {
    this.allocationTimestamp = allocationTimestamp;
    return this;
  }

  /**
   * AllocationTimestamp stores the time when the resources were allocated. This field is not
   * guaranteed to be set, in which case that time is unknown.
   *
   * This is a beta field and requires enabling the DRADeviceBindingConditions and
   * DRAResourceClaimDeviceStatus feature gate.
   *
   * @return allocationTimestamp
   */
  public OffsetDateTime getAllocationTimestamp() {
    return allocationTimestamp;
  }

  public void setAllocationTimestamp(OffsetDateTime allocationTimestamp) {
    this.allocationTimestamp = allocationTimestamp;
  }

  public V1beta2AllocationResult devices(V1beta2DeviceAllocationResult devices) {
    this.devices = devices;
    return this;
  }

  /**
   * Devices is the result of allocating devices.
   *
   * @return devices
   */
  public V1beta2DeviceAllocationResult getDevices() {
    return devices;
  }

  public void setDevices(V1beta2DeviceAllocationResult devices) {
    this.devices = devices;
  }

  public V1beta2AllocationResult nodeSelector(V1NodeSelector nodeSelector) {
    this.nodeSelector = nodeSelector;
    return this;
  }

  /**
   * NodeSelector defines where the allocated resources are available. If unset, they are
   * available everywhere.
   *
   * @return nodeSelector
   */
  public V1NodeSelector getNodeSelector() {
    return nodeSelector;
  }

  public void setNodeSelector(V1NodeSelector nodeSelector) {
    this.nodeSelector = nodeSelector;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2AllocationResult that = (V1beta2AllocationResult) other;
    return Objects.equals(allocationTimestamp, that.allocationTimestamp)
        && Objects.equals(devices, that.devices)
        && Objects.equals(nodeSelector, that.nodeSelector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocationTimestamp, devices, nodeSelector);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2AllocationResult {\n");
    sb.append("    allocationTimestamp: ").append(allocationTimestamp).append('\n');
    sb.append("    devices: ").append(String.valueOf(devices).replace("\n", "\n    ")).append('\n');
    sb.append("    nodeSelector: ").append(String.valueOf(nodeSelector).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
