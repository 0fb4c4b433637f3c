package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1ResourceClaimStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1ResourceClaimStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1ResourceClaimStatusFluent<A extends V1beta1ResourceClaimStatusFluent<A>> {
  private V1beta1AllocationResult allocation;
  private List<V1beta1AllocatedDeviceStatus> devices;
  private List<V1beta1ResourceClaimConsumerReference> reservedFor;

  public V1beta1ResourceClaimStatusFluent() {}

  public V1beta1ResourceClaimStatusFluent(V1beta1ResourceClaimStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1ResourceClaimStatus instance) {
    if (instance != null) {
      this.allocation = instance.getAllocation();
      this.devices = instance.getDevices() == null ? null : new ArrayList<>(instance.getDevices());
      this.reservedFor = instance.getReservedFor() == null ? null : new ArrayList<>(instance.getReservedFor());
    }
  }

  /** A new {@link V1beta1ResourceClaimStatus} holding what was set (lists and maps copied). */
  V1beta1ResourceClaimStatus toModel() {
    V1beta1ResourceClaimStatus o = new V1beta1ResourceClaimStatus();
    o.setAllocation(allocation);
    o.setDevices(devices == null ? null : new ArrayList<>(devices));
    o.setReservedFor(reservedFor == null ? null : new ArrayList<>(reservedFor));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta1AllocationResult getAllocation() {
    return allocation;
  }

  public A withAllocation(V1beta1AllocationResult allocation) {
    this.allocation = allocation;
    return self();
  }

  public boolean hasAllocation() {
    return allocation != null;
  }

  public V1beta1AllocationResult buildAllocation() {
    return allocation;
  }

  public AllocationNested withNewAllocation() {
    return new AllocationNested(null);
  }

  public AllocationNested withNewAllocationLike(V1beta1AllocationResult item) {
    return new AllocationNested(item);
  }

  public AllocationNested editAllocation() {
    return new AllocationNested(allocation);
  }

  public AllocationNested editOrNewAllocation() {
    return new AllocationNested(allocation != null ? allocation : new V1beta1AllocationResult());
  }

  public AllocationNested editOrNewAllocationLike(V1beta1AllocationResult item) {
    return new AllocationNested(allocation != null ? allocation : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AllocationNested extends V1beta1AllocationResultFluent<AllocationNested> {
    AllocationNested(V1beta1AllocationResult item) {
      super(item);
    }

    public A and() {
      return V1beta1ResourceClaimStatusFluent.this.withAllocation(toModel());
    }

    public A endAllocation() {
      return and();
    }
  }

  public List<V1beta1AllocatedDeviceStatus> getDevices() {
    return devices;
  }

  public A withDevices(List<V1beta1AllocatedDeviceStatus> devices) {
    this.devices = devices == null ? null : new ArrayList<>(devices);
    return self();
  }

  public boolean hasDevices() {
    return devices != null;
  }

  public A withDevices(V1beta1AllocatedDeviceStatus... items) {
    this.devices = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDevices(V1beta1AllocatedDeviceStatus... items) {
    for (V1beta1AllocatedDeviceStatus item : items) {
      addToDevices(-1, item);
    }
    return self();
  }

  public A removeFromDevices(V1beta1AllocatedDeviceStatus... items) {
    return removeAllFromDevices(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDevices(int index, V1beta1AllocatedDeviceStatus item) {
    if (this.devices == null) {
      this.devices = new ArrayList<>();
    }
    if (index < 0 || index >= this.devices.size()) {
      this.devices.add(item);
    } else {
      this.devices.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToDevices(int index, V1beta1AllocatedDeviceStatus item) {
    if (index < 0 || this.devices == null || index >= this.devices.size()) {
      return addToDevices(-1, item);
    }
    this.devices.set(index, item);
    return self();
  }

  public A addAllToDevices(Collection<V1beta1AllocatedDeviceStatus> items) {
    for (V1beta1AllocatedDeviceStatus item : items) {
      addToDevices(-1, item);
    }
    return self();
  }

  public A removeAllFromDevices(Collection<V1beta1AllocatedDeviceStatus> items) {
    if (this.devices != null) {
      this.devices.removeAll(items);
    }
    return self();
  }

  public List<V1beta1AllocatedDeviceStatus> buildDevices() {
    return devices;
  }

  public V1beta1AllocatedDeviceStatus buildDevice(int index) {
    return this.devices.get(index);
  }

  public DevicesNested addNewDevice() {
    return new DevicesNested(-1, null);
  }

  public DevicesNested addNewDeviceLike(V1beta1AllocatedDeviceStatus item) {
    return new DevicesNested(-1, item);
  }

  public DevicesNested setNewDeviceLike(int index, V1beta1AllocatedDeviceStatus item) {
    return new DevicesNested(index, item);
  }

  public DevicesNested editDevice(int index) {
    if (this.devices == null || index < 0 || index >= this.devices.size()) {
      throw new IndexOutOfBoundsException("can't edit devices [" + index + "]");
    }
    return new DevicesNested(index, this.devices.get(index));
  }

  public DevicesNested editFirstDevice() {
    return editDevice(0);
  }

  public DevicesNested editLastDevice() {
    return editDevice(this.devices == null ? -1 : this.devices.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class DevicesNested extends V1beta1AllocatedDeviceStatusFluent<DevicesNested> {
    private final int index;

    DevicesNested(int index, V1beta1AllocatedDeviceStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1ResourceClaimStatusFluent.this.setToDevices(index, toModel());
    }

    public A endDevice() {
      return and();
    }
  }

  public List<V1beta1ResourceClaimConsumerReference> getReservedFor() {
    return reservedFor;
  }

  public A withReservedFor(List<V1beta1ResourceClaimConsumerReference> reservedFor) {
    this.reservedFor = reservedFor == null ? null : new ArrayList<>(reservedFor);
    return self();
  }

  public boolean hasReservedFor() {
    return reservedFor != null;
  }

  public A withReservedFor(V1beta1ResourceClaimConsumerReference... items) {
    this.reservedFor = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToReservedFor(V1beta1ResourceClaimConsumerReference... items) {
    for (V1beta1ResourceClaimConsumerReference item : items) {
      addToReservedFor(-1, item);
    }
    return self();
  }

  public A removeFromReservedFor(V1beta1ResourceClaimConsumerReference... items) {
    return removeAllFromReservedFor(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToReservedFor(int index, V1beta1ResourceClaimConsumerReference item) {
    if (this.reservedFor == null) {
      this.reservedFor = new ArrayList<>();
    }
    if (index < 0 || index >= this.reservedFor.size()) {
      this.reservedFor.add(item);
    } else {
      this.reservedFor.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToReservedFor(int index, V1beta1ResourceClaimConsumerReference item) {
    if (index < 0 || this.reservedFor == null || index >= this.reservedFor.size()) {
      return addToReservedFor(-1, item);
    }
    this.reservedFor.set(index, item);
    return self();
  }

  public A addAllToReservedFor(Collection<V1beta1ResourceClaimConsumerReference> items) {
    for (V1beta1ResourceClaimConsumerReference item : items) {
      addToReservedFor(-1, item);
    }
    return self();
  }

  public A removeAllFromReservedFor(Collection<V1beta1ResourceClaimConsumerReference> items) {
    if (this.reservedFor != null) {
      this.reservedFor.removeAll(items);
    }
    return self();
  }

  public List<V1beta1ResourceClaimConsumerReference> buildReservedFor() {
    return reservedFor;
  }

  public V1beta1ResourceClaimConsumerReference buildReservedFor(int index) {
    return this.reservedFor.get(index);
  }

  public ReservedForNested addNewReservedFor() {
    return new ReservedForNested(-1, null);
  }

  public ReservedForNested addNewReservedForLike(V1beta1ResourceClaimConsumerReference item) {
    return new ReservedForNested(-1, item);
  }

  public ReservedForNested setNewReservedForLike(int index, V1beta1ResourceClaimConsumerReference item) {
    return new ReservedForNested(index, item);
  }

  public ReservedForNested editReservedFor(int index) {
    if (this.reservedFor == null || index < 0 || index >= this.reservedFor.size()) {
      throw new IndexOutOfBoundsException("can't edit reservedFor [" + index + "]");
    }
    return new ReservedForNested(index, this.reservedFor.get(index));
  }

  public ReservedForNested editFirstReservedFor() {
    return editReservedFor(0);
  }

  public ReservedForNested editLastReservedFor() {
    return editReservedFor(this.reservedFor == null ? -1 : this.reservedFor.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ReservedForNested extends V1beta1ResourceClaimConsumerReferenceFluent<ReservedForNested> {
    private final int index;

    ReservedForNested(int index, V1beta1ResourceClaimConsumerReference item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1ResourceClaimStatusFluent.this.setToReservedFor(index, toModel());
    }

    public A endReservedFor() {
      return and();
    }
  }
}
