package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1AllocationResult}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AllocationResultBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AllocationResultFluent<A extends V1AllocationResultFluent<A>> {
  private OffsetDateTime allocationTimestamp;
  private V1DeviceAllocationResult devices;
  private V1NodeSelector nodeSelector;

  public V1AllocationResultFluent() {}

  public V1AllocationResultFluent(V1AllocationResult instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1AllocationResult instance) {
    if (instance != null) {
      this.allocationTimestamp = instance.getAllocationTimestamp();
      this.devices = instance.getDevices();
      this.nodeSelector = instance.getNodeSelector();
    }
  }

  /** A new {@link V1AllocationResult} holding what was set (lists and maps copied). */
  V1AllocationResult toModel() {
    V1AllocationResult o = new V1AllocationResult();
    o.setAllocationTimestamp(allocationTimestamp);
    o.setDevices(devices);
    o.setNodeSelector(nodeSelector);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public OffsetDateTime getAllocationTimestamp() {
    return allocationTimestamp;
  }

  public A withAllocationTimestamp(OffsetDateTime allocationTimestamp) {
    this.allocationTimestamp = allocationTimestamp;
    return self();
  }

  public boolean hasAllocationTimestamp() {
    return allocationTimestamp != null;
  }

  public V1DeviceAllocationResult getDevices() {
    return devices;
  }

  public A withDevices(V1DeviceAllocationResult devices) {
    this.devices = devices;
    return self();
  }

  public boolean hasDevices() {
    return devices != null;
  }

  public V1DeviceAllocationResult buildDevices() {
    return devices;
  }

  public DevicesNested withNewDevices() {
    return new DevicesNested(null);
  }

  public DevicesNested withNewDevicesLike(V1DeviceAllocationResult item) {
    return new DevicesNested(item);
  }

  public DevicesNested editDevices() {
    return new DevicesNested(devices);
  }

  public DevicesNested editOrNewDevices() {
    return new DevicesNested(devices != null ? devices : new V1DeviceAllocationResult());
  }

  public DevicesNested editOrNewDevicesLike(V1DeviceAllocationResult item) {
    return new DevicesNested(devices != null ? devices : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DevicesNested extends V1DeviceAllocationResultFluent<DevicesNested> {
    DevicesNested(V1DeviceAllocationResult item) {
      super(item);
    }

    public A and() {
      return V1AllocationResultFluent.this.withDevices(toModel());
    }

    public A endDevices() {
      return and();
    }
  }

  public V1NodeSelector getNodeSelector() {
    return nodeSelector;
  }

  public A withNodeSelector(V1NodeSelector nodeSelector) {
    this.nodeSelector = nodeSelector;
    return self();
  }

  public boolean hasNodeSelector() {
    return nodeSelector != null;
  }

  public V1NodeSelector buildNodeSelector() {
    return nodeSelector;
  }

  public NodeSelectorNested withNewNodeSelector() {
    return new NodeSelectorNested(null);
  }

  public NodeSelectorNested withNewNodeSelectorLike(V1NodeSelector item) {
    return new NodeSelectorNested(item);
  }

  public NodeSelectorNested editNodeSelector() {
    return new NodeSelectorNested(nodeSelector);
  }

  public NodeSelectorNested editOrNewNodeSelector() {
    return new NodeSelectorNested(nodeSelector != null ? nodeSelector : new V1NodeSelector());
  }

  public NodeSelectorNested editOrNewNodeSelectorLike(V1NodeSelector item) {
    return new NodeSelectorNested(nodeSelector != null ? nodeSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodeSelectorNested extends V1NodeSelectorFluent<NodeSelectorNested> {
    NodeSelectorNested(V1NodeSelector item) {
      super(item);
    }

    public A and() {
      return V1AllocationResultFluent.this.withNodeSelector(toModel());
    }

    public A endNodeSelector() {
      return and();
    }
  }
}
