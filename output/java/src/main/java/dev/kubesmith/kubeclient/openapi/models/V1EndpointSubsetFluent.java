package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1EndpointSubset}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EndpointSubsetBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EndpointSubsetFluent<A extends V1EndpointSubsetFluent<A>> {
  private List<V1EndpointAddress> addresses;
  private List<V1EndpointAddress> notReadyAddresses;
  private List<CoreV1EndpointPort> ports;

  public V1EndpointSubsetFluent() {}

  public V1EndpointSubsetFluent(V1EndpointSubset instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EndpointSubset instance) {
    if (instance != null) {
      this.addresses = instance.getAddresses() == null ? null : new ArrayList<>(instance.getAddresses());
      this.notReadyAddresses = instance.getNotReadyAddresses() == null ? null : new ArrayList<>(instance.getNotReadyAddresses());
      this.ports = instance.getPorts() == null ? null : new ArrayList<>(instance.getPorts());
    }
  }

  /** A new {@link V1EndpointSubset} holding what was set (lists and maps copied). */
  V1EndpointSubset toModel() {
    V1EndpointSubset o = new V1EndpointSubset();
    o.setAddresses(addresses == null ? null : new ArrayList<>(addresses));
    o.setNotReadyAddresses(notReadyAddresses == null ? null : new ArrayList<>(notReadyAddresses));
    o.setPorts(ports == null ? null : new ArrayList<>(ports));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1EndpointAddress> getAddresses() {
    return addresses;
  }

  public A withAddresses(List<V1EndpointAddress> addresses) {
    this.addresses = addresses == null ? null : new ArrayList<>(addresses);
    return self();
  }

  public boolean hasAddresses() {
    return addresses != null;
  }

  public A withAddresses(V1EndpointAddress... items) {
    this.addresses = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAddresses(V1EndpointAddress... items) {
    for (V1EndpointAddress item : items) {
      addToAddresses(-1, item);
    }
    return self();
  }

  public A removeFromAddresses(V1EndpointAddress... items) {
    return removeAllFromAddresses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAddresses(int index, V1EndpointAddress item) {
    if (this.addresses == null) {
      this.addresses = new ArrayList<>();
    }
    if (index < 0 || index >= this.addresses.size()) {
      this.addresses.add(item);
    } else {
      this.addresses.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAddresses(int index, V1EndpointAddress item) {
    if (index < 0 || this.addresses == null || index >= this.addresses.size()) {
      return addToAddresses(-1, item);
    }
    this.addresses.set(index, item);
    return self();
  }

  public A addAllToAddresses(Collection<V1EndpointAddress> items) {
    for (V1EndpointAddress item : items) {
      addToAddresses(-1, item);
    }
    return self();
  }

  public A removeAllFromAddresses(Collection<V1EndpointAddress> items) {
    if (this.addresses != null) {
      this.addresses.removeAll(items);
    }
    return self();
  }

  public List<V1EndpointAddress> buildAddresses() {
    return addresses;
  }

  public V1EndpointAddress buildAddress(int index) {
    return this.addresses.get(index);
  }

  public AddressesNested addNewAddress() {
    return new AddressesNested(-1, null);
  }

  public AddressesNested addNewAddressLike(V1EndpointAddress item) {
    return new AddressesNested(-1, item);
  }

  public AddressesNested setNewAddressLike(int index, V1EndpointAddress item) {
    return new AddressesNested(index, item);
  }

  public AddressesNested editAddress(int index) {
    if (this.addresses == null || index < 0 || index >= this.addresses.size()) {
      throw new IndexOutOfBoundsException("can't edit addresses [" + index + "]");
    }
    return new AddressesNested(index, this.addresses.get(index));
  }

  public AddressesNested editFirstAddress() {
    return editAddress(0);
  }

  public AddressesNested editLastAddress() {
    return editAddress(this.addresses == null ? -1 : this.addresses.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class AddressesNested extends V1EndpointAddressFluent<AddressesNested> {
    private final int index;

    AddressesNested(int index, V1EndpointAddress item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EndpointSubsetFluent.this.setToAddresses(index, toModel());
    }

    public A endAddress() {
      return and();
    }
  }

  public List<V1EndpointAddress> getNotReadyAddresses() {
    return notReadyAddresses;
  }

  public A withNotReadyAddresses(List<V1EndpointAddress> notReadyAddresses) {
    this.notReadyAddresses = notReadyAddresses == null ? null : new ArrayList<>(notReadyAddresses);
    return self();
  }

  public boolean hasNotReadyAddresses() {
    return notReadyAddresses != null;
  }

  public A withNotReadyAddresses(V1EndpointAddress... items) {
    this.notReadyAddresses = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNotReadyAddresses(V1EndpointAddress... items) {
    for (V1EndpointAddress item : items) {
      addToNotReadyAddresses(-1, item);
    }
    return self();
  }

  public A removeFromNotReadyAddresses(V1EndpointAddress... items) {
    return removeAllFromNotReadyAddresses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNotReadyAddresses(int index, V1EndpointAddress item) {
    if (this.notReadyAddresses == null) {
      this.notReadyAddresses = new ArrayList<>();
    }
    if (index < 0 || index >= this.notReadyAddresses.size()) {
      this.notReadyAddresses.add(item);
    } else {
      this.notReadyAddresses.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToNotReadyAddresses(int index, V1EndpointAddress item) {
    if (index < 0 || this.notReadyAddresses == null || index >= this.notReadyAddresses.size()) {
      return addToNotReadyAddresses(-1, item);
    }
    this.notReadyAddresses.set(index, item);
    return self();
  }

  public A addAllToNotReadyAddresses(Collection<V1EndpointAddress> items) {
    for (V1EndpointAddress item : items) {
      addToNotReadyAddresses(-1, item);
    }
    return self();
  }

  public A removeAllFromNotReadyAddresses(Collection<V1EndpointAddress> items) {
    if (this.notReadyAddresses != null) {
      this.notReadyAddresses.removeAll(items);
    }
    return self();
  }

  public List<V1EndpointAddress> buildNotReadyAddresses() {
    return notReadyAddresses;
  }

  public V1EndpointAddress buildNotReadyAddress(int index) {
    return this.notReadyAddresses.get(index);
  }

  public NotReadyAddressesNested addNewNotReadyAddress() {
    return new NotReadyAddressesNested(-1, null);
  }

  public NotReadyAddressesNested addNewNotReadyAddressLike(V1EndpointAddress item) {
    return new NotReadyAddressesNested(-1, item);
  }

  public NotReadyAddressesNested setNewNotReadyAddressLike(int index, V1EndpointAddress item) {
    return new NotReadyAddressesNested(index, item);
  }

  public NotReadyAddressesNested editNotReadyAddress(int index) {
    if (this.notReadyAddresses == null || index < 0 || index >= this.notReadyAddresses.size()) {
      throw new IndexOutOfBoundsException("can't edit notReadyAddresses [" + index + "]");
    }
    return new NotReadyAddressesNested(index, this.notReadyAddresses.get(index));
  }

  public NotReadyAddressesNested editFirstNotReadyAddress() {
    return editNotReadyAddress(0);
  }

  public NotReadyAddressesNested editLastNotReadyAddress() {
    return editNotReadyAddress(this.notReadyAddresses == null ? -1 : this.notReadyAddresses.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class NotReadyAddressesNested extends V1EndpointAddressFluent<NotReadyAddressesNested> {
    private final int index;

    NotReadyAddressesNested(int index, V1EndpointAddress item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EndpointSubsetFluent.this.setToNotReadyAddresses(index, toModel());
    }

    public A endNotReadyAddress() {
      return and();
    }
  }

  public List<CoreV1EndpointPort> getPorts() {
    return ports;
  }

  public A withPorts(List<CoreV1EndpointPort> ports) {
    this.ports = ports == null ? null : new ArrayList<>(ports);
    return self();
  }

  public boolean hasPorts() {
    return ports != null;
  }

  public A withPorts(CoreV1EndpointPort... items) {
    this.ports = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPorts(CoreV1EndpointPort... items) {
    for (CoreV1EndpointPort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeFromPorts(CoreV1EndpointPort... items) {
    return removeAllFromPorts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPorts(int index, CoreV1EndpointPort item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    if (index < 0 || index >= this.ports.size()) {
      this.ports.add(item);
    } else {
      this.ports.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPorts(int index, CoreV1EndpointPort item) {
    if (index < 0 || this.ports == null || index >= this.ports.size()) {
      return addToPorts(-1, item);
    }
    this.ports.set(index, item);
    return self();
  }

  public A addAllToPorts(Collection<CoreV1EndpointPort> items) {
    for (CoreV1EndpointPort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeAllFromPorts(Collection<CoreV1EndpointPort> items) {
    if (this.ports != null) {
      this.ports.removeAll(items);
    }
    return self();
  }

  public List<CoreV1EndpointPort> buildPorts() {
    return ports;
  }

  public CoreV1EndpointPort buildPort(int index) {
    return this.ports.get(index);
  }

  public PortsNested addNewPort() {
    return new PortsNested(-1, null);
  }

  public PortsNested addNewPortLike(CoreV1EndpointPort item) {
    return new PortsNested(-1, item);
  }

  public PortsNested setNewPortLike(int index, CoreV1EndpointPort item) {
    return new PortsNested(index, item);
  }

  public PortsNested editPort(int index) {
    if (this.ports == null || index < 0 || index >= this.ports.size()) {
      throw new IndexOutOfBoundsException("can't edit ports [" + index + "]");
    }
    return new PortsNested(index, this.ports.get(index));
  }

  public PortsNested editFirstPort() {
    return editPort(0);
  }

  public PortsNested editLastPort() {
    return editPort(this.ports == null ? -1 : this.ports.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PortsNested extends CoreV1EndpointPortFluent<PortsNested> {
    private final int index;

    PortsNested(int index, CoreV1EndpointPort item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EndpointSubsetFluent.this.setToPorts(index, toModel());
    }

    public A endPort() {
      return and();
    }
  }
}
