package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ResourceClaimStatus tracks whether the resource has been allocated and what the result of
 * that was.
 */
public class V1ResourceClaimStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allocation",
      "devices",
      "reservedFor");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourceClaimStatus> CODEC = new Codec<V1ResourceClaimStatus>() {
    @Override
    public V1ResourceClaimStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourceClaimStatus)");
      }
      V1ResourceClaimStatus o = new V1ResourceClaimStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allocation = V1AllocationResult.CODEC.read(p);
            break;
          case 1:
            o.devices = Codecs.listOf(V1AllocatedDeviceStatus.CODEC).read(p);
            break;
          case 2:
            o.reservedFor = Codecs.listOf(V1ResourceClaimConsumerReference.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourceClaimStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allocation != null) {
        g.writeFieldName("allocation");
        V1AllocationResult.CODEC.write(g, o.allocation);
      }
      if (o.devices != null) {
        g.writeFieldName("devices");
        Codecs.listOf(V1AllocatedDeviceStatus.CODEC).write(g, o.devices);
      }
      if (o.reservedFor != null) {
        g.writeFieldName("reservedFor");
        Codecs.listOf(V1ResourceClaimConsumerReference.CODEC).write(g, o.reservedFor);
      }
      g.writeEndObject();
    }
  };

  private V1AllocationResult allocation;

  private List<V1AllocatedDeviceStatus> devices;

  private List<V1ResourceClaimConsumerReference> reservedFor;

  public V1ResourceClaimStatus allocation(V1AllocationResult allocation) {
    this.allocation = allocation;
    return this;
  }

  /**
   * Allocation is set once the claim has been allocated successfully.
   *
   * @return allocation
   */
  public V1AllocationResult getAllocation() {
    return allocation;
  }

  public void setAllocation(V1AllocationResult allocation) {
    this.allocation = allocation;
  }

  public V1ResourceClaimStatus devices(List<V1AllocatedDeviceStatus> devices) {
    this.devices = devices;
    return this;
  }

  public V1ResourceClaimStatus addDevicesItem(V1AllocatedDeviceStatus item) {
    if (this.devices == null) {
      this.devices = new ArrayList<>();
    }
    this.devices.add(item);
    return this;
  }

  /**
   * Devices contains the status of each device allocated for this claim, as reported by the
   * driver. This can include driver-specific information. Entries are owned by their respective
   * drivers.
   *
   * @return devices
   */
  public List<V1AllocatedDeviceStatus> getDevices() {
    return devices;
  }

  public void setDevices(List<V1AllocatedDeviceStatus> devices) {
    this.devices = devices;
  }

  public V1ResourceClaimStatus reservedFor(List<V1ResourceClaimConsumerReference> reservedFor) {
    this.reservedFor = reservedFor;
    return this;
  }

  public V1ResourceClaimStatus addReservedForItem(V1ResourceClaimConsumerReference item) {
    if (this.reservedFor == null) {
      this.reservedFor = new ArrayList<>();
    }
    this.reservedFor.add(item);
    return this;
  }

  /**
   * ReservedFor indicates which entities are currently allowed to use the claim. A Pod which
   * references a ResourceClaim which is not reserved for that Pod will not be started. A claim
   * that is in use or might be in use because it has been reserved must not get deallocated.
   *
   * In a cluster with multiple scheduler instances, two pods might get scheduled concurrently by
   * different schedulers. When they reference the same ResourceClaim which already has reached
   * its maximum number of consumers, only one pod can be scheduled.
   *
   * Both schedulers try to add their pod to the claim.status.reservedFor field, but only the
   * update that reaches the API server first gets stored. The other one fails with an error and
   * the scheduler which issued it knows that it must put the pod back into the queue, waiting
   * for the ResourceClaim to become usable again.
   *
   * There can be at most 256 such reservations. This may get increased in the future, but not
   * reduced.
   *
   * @return reservedFor
   */
  public List<V1ResourceClaimConsumerReference> getReservedFor() {
    return reservedFor;
  }

  public void setReservedFor(List<V1ResourceClaimConsumerReference> reservedFor) {
    this.reservedFor = reservedFor;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourceClaimStatus that = (V1ResourceClaimStatus) other;
    return Objects.equals(allocation, that.allocation)
        && Objects.equals(devices, that.devices)
        && Objects.equals(reservedFor, that.reservedFor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocation, devices, reservedFor);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourceClaimStatus {\n");
    sb.append("    allocation: ").append(String.valueOf(allocation).replace("\n", "\n    ")).append('\n');
    sb.append("    devices: ").append(String.valueOf(devices).replace("\n", "\n    ")).append('\n');
    sb.append("    reservedFor: ").append(String.valueOf(reservedFor).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
