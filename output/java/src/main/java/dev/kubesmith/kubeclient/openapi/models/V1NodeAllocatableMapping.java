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
 * NodeAllocatableMapping defines how a DRA allocation directly translates into a node
 * allocatable resource quantity. The mapping can be derived from either the count of allocated
 * devices (via deviceMultiplier) or the specific capacity consumed (via capacityKey and
 * capacityMultiplier). These options are mutually exclusive. Kubelet adds this mapped resource
 * quantity from claim to both requests and limits at the pod-level cgroup, and to limits at
 * the container-level cgroup for each container referencing the claim.
 */
public class V1NodeAllocatableMapping {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "capacityKey",
      "capacityMultiplier",
      "deviceMultiplier");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeAllocatableMapping> CODEC = new Codec<V1NodeAllocatableMapping>() {
    @Override
    public V1NodeAllocatableMapping read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeAllocatableMapping)");
      }
      V1NodeAllocatableMapping o = new V1NodeAllocatableMapping();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.capacityKey = Codecs.STRING.read(p);
            break;
          case 1:
            o.capacityMultiplier = Codecs.QUANTITY.read(p);
            break;
          case 2:
            o.deviceMultiplier = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeAllocatableMapping o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.capacityKey != null) {
        g.writeFieldName("capacityKey");
        Codecs.STRING.write(g, o.capacityKey);
      }
      if (o.capacityMultiplier != null) {
        g.writeFieldName("capacityMultiplier");
        Codecs.QUANTITY.write(g, o.capacityMultiplier);
      }
      if (o.deviceMultiplier != null) {
        g.writeFieldName("deviceMultiplier");
        Codecs.QUANTITY.write(g, o.deviceMultiplier);
      }
      g.writeEndObject();
    }
  };

  private String capacityKey;

  private Quantity capacityMultiplier;

  private Quantity deviceMultiplier;

  public V1NodeAllocatableMapping capacityKey(String capacityKey) {
    this.capacityKey = capacityKey;
    return this;
  }

  /**
   * CapacityKey references a capacity name defined as a key in the `spec.devices[*].capacity`
   * map. When this field is set, the value associated with this key in the
   * `status.allocation.devices.results[*].consumedCapacity` map (for a specific claim
   * allocation) determines the base quantity for the node allocatable resource.
   * `capacityMultiplier` must also be set and is multiplied with the base quantity. For example,
   * if `spec.devices[*].capacity` has an entry "dra.example.com/memory": "128Gi", and this field
   * is set to "dra.example.com/memory", then for a claim allocation that consumes {
   * "dra.example.com/memory": "4Gi" } the base quantity for the node allocatable resource
   * mapping will be "4Gi". The final node allocatable resource amount is
   * `consumedCapacity[capacityKey]` * `capacityMultiplier`.
   *
   * @return capacityKey
   */
  public String getCapacityKey() {
    return capacityKey;
  }

  public void setCapacityKey(String capacityKey) {
    this.capacityKey = capacityKey;
  }

  public V1NodeAllocatableMapping capacityMultiplier(Quantity capacityMultiplier) {
    this.capacityMultiplier = capacityMultiplier;
    return this;
  }

  /**
   * CapacityMultiplier is used as a multiplier for the allocated capacity consumed. It is only
   * valid if `capacityKey` is set. The final node allocatable resource amount is
   * `consumedCapacity[capacityKey]` * `capacityMultiplier`. For example, if a Device's capacity
   * "dra.example.com/cores" is consumed, and each "core" provides 2 "cpu"s, the mapping would
   * be: {ResourceName: "cpu", capacityKey: "dra.example.com/cores", capacityMultiplier: "2"}. If
   * a claim consumes 8 "dra.example.com/cores", the CPU footprint is 8 * 2 = 16.
   *
   * @return capacityMultiplier
   */
  public Quantity getCapacityMultiplier() {
    return capacityMultiplier;
  }

  public void setCapacityMultiplier(Quantity capacityMultiplier) {
    this.capacityMultiplier = capacityMultiplier;
  }

  public V1NodeAllocatableMapping deviceMultiplier(Quantity deviceMultiplier) {
    this.deviceMultiplier = deviceMultiplier;
    return this;
  }

  /**
   * DeviceMultiplier is used as a multiplier for the allocated device count in the claim. The
   * final node allocatable resource amount is `deviceCount` * `deviceMultiplier`. For example, a
   * DRA driver representing each cache complex (CCX) as a device would have {ResourceName:
   * "cpu", deviceMultiplier: "8"} in its `nodeAllocatableResources`. If 2 devices (CCX) are
   * allocated to the claim, 2 * 8 = 16 CPUs would be considered as allocated. It is only valid
   * when `capacityKey` and `capacityMultiplier` are not set.
   *
   * @return deviceMultiplier
   */
  public Quantity getDeviceMultiplier() {
    return deviceMultiplier;
  }

  public void setDeviceMultiplier(Quantity deviceMultiplier) {
    this.deviceMultiplier = deviceMultiplier;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeAllocatableMapping that = (V1NodeAllocatableMapping) other;
    return Objects.equals(capacityKey, that.capacityKey)
        && Objects.equals(capacityMultiplier, that.capacityMultiplier)
        && Objects.equals(deviceMultiplier, that.deviceMultiplier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capacityKey, capacityMultiplier, deviceMultiplier);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeAllocatableMapping {\n");
    sb.append("    capacityKey: ").append(capacityKey).append('\n');
    sb.append("    capacityMultiplier: ").append(capacityMultiplier).append('\n');
    sb.append("    deviceMultiplier: ").append(deviceMultiplier).append('\n');
    return sb.append("}").toString();
  }
}
