package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1NetworkDeviceData}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1NetworkDeviceDataBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1NetworkDeviceDataFluent<A extends V1beta1NetworkDeviceDataFluent<A>> {
  private String hardwareAddress;
  private String interfaceName;
  private List<String> ips;

  public V1beta1NetworkDeviceDataFluent() {}

  public V1beta1NetworkDeviceDataFluent(V1beta1NetworkDeviceData instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1NetworkDeviceData instance) {
    if (instance != null) {
      this.hardwareAddress = instance.getHardwareAddress();
      this.interfaceName = instance.getInterfaceName();
      this.ips = instance.getIps() == null ? null : new ArrayList<>(instance.getIps());
    }
  }

  /** A new {@link V1beta1NetworkDeviceData} holding what was set (lists and maps copied). */
  V1beta1NetworkDeviceData toModel() {
    V1beta1NetworkDeviceData o = new V1beta1NetworkDeviceData();
    o.setHardwareAddress(hardwareAddress);
    o.setInterfaceName(interfaceName);
    o.setIps(ips == null ? null : new ArrayList<>(ips));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getHardwareAddress() {
    return hardwareAddress;
  }

  public A withHardwareAddress(String hardwareAddress) {
    this.hardwareAddress = hardwareAddress;
    return self();
  }

  public boolean hasHardwareAddress() {
    return hardwareAddress != null;
  }

  public String getInterfaceName() {
    return interfaceName;
  }

  public A withInterfaceName(String interfaceName) {
    this.interfaceName = interfaceName;
    return self();
  }

  public boolean hasInterfaceName() {
    return interfaceName != null;
  }

  public List<String> getIps() {
    return ips;
  }

  public A withIps(List<String> ips) {
    this.ips = ips == null ? null : new ArrayList<>(ips);
    return self();
  }

  public boolean hasIps() {
    return ips != null;
  }

  public A withIps(String... items) {
    this.ips = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToIps(String... items) {
    for (String item : items) {
      addToIps(-1, item);
    }
    return self();
  }

  public A removeFromIps(String... items) {
    return removeAllFromIps(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToIps(int index, String item) {
    if (this.ips == null) {
      this.ips = new ArrayList<>();
    }
    if (index < 0 || index >= this.ips.size()) {
      this.ips.add(item);
    } else {
      this.ips.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToIps(int index, String item) {
    if (index < 0 || this.ips == null || index >= this.ips.size()) {
      return addToIps(-1, item);
    }
    this.ips.set(index, item);
    return self();
  }

  public A addAllToIps(Collection<String> items) {
    for (String item : items) {
      addToIps(-1, item);
    }
    return self();
  }

  public A removeAllFromIps(Collection<String> items) {
    if (this.ips != null) {
      this.ips.removeAll(items);
    }
    return self();
  }
}
