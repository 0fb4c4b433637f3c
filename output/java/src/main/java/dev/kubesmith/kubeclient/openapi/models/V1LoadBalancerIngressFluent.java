package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1LoadBalancerIngress}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LoadBalancerIngressBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LoadBalancerIngressFluent<A extends V1LoadBalancerIngressFluent<A>> {
  private String hostname;
  private String ip;
  private String ipMode;
  private List<V1PortStatus> ports;

  public V1LoadBalancerIngressFluent() {}

  public V1LoadBalancerIngressFluent(V1LoadBalancerIngress instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LoadBalancerIngress instance) {
    if (instance != null) {
      this.hostname = instance.getHostname();
      this.ip = instance.getIp();
      this.ipMode = instance.getIpMode();
      this.ports = instance.getPorts() == null ? null : new ArrayList<>(instance.getPorts());
    }
  }

  /** A new {@link V1LoadBalancerIngress} holding what was set (lists and maps copied). */
  V1LoadBalancerIngress toModel() {
    V1LoadBalancerIngress o = new V1LoadBalancerIngress();
    o.setHostname(hostname);
    o.setIp(ip);
    o.setIpMode(ipMode);
    o.setPorts(ports == null ? null : new ArrayList<>(ports));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getHostname() {
    return hostname;
  }

  public A withHostname(String hostname) {
    this.hostname = hostname;
    return self();
  }

  public boolean hasHostname() {
    return hostname != null;
  }

  public String getIp() {
    return ip;
  }

  public A withIp(String ip) {
    this.ip = ip;
    return self();
  }

  public boolean hasIp() {
    return ip != null;
  }

  public String getIpMode() {
    return ipMode;
  }

  public A withIpMode(String ipMode) {
    this.ipMode = ipMode;
    return self();
  }

  public boolean hasIpMode() {
    return ipMode != null;
  }

  public List<V1PortStatus> getPorts() {
    return ports;
  }

  public A withPorts(List<V1PortStatus> ports) {
    this.ports = ports == null ? null : new ArrayList<>(ports);
    return self();
  }

  public boolean hasPorts() {
    return ports != null;
  }

  public A withPorts(V1PortStatus... items) {
    this.ports = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPorts(V1PortStatus... items) {
    for (V1PortStatus item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeFromPorts(V1PortStatus... items) {
    return removeAllFromPorts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPorts(int index, V1PortStatus item) {
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
  public A setToPorts(int index, V1PortStatus item) {
    if (index < 0 || this.ports == null || index >= this.ports.size()) {
      return addToPorts(-1, item);
    }
    this.ports.set(index, item);
    return self();
  }

  public A addAllToPorts(Collection<V1PortStatus> items) {
    for (V1PortStatus item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeAllFromPorts(Collection<V1PortStatus> items) {
    if (this.ports != null) {
      this.ports.removeAll(items);
    }
    return self();
  }

  public List<V1PortStatus> buildPorts() {
    return ports;
  }

  public V1PortStatus buildPort(int index) {
    return this.ports.get(index);
  }

  public PortsNested addNewPort() {
    return new PortsNested(-1, null);
  }

  public PortsNested addNewPortLike(V1PortStatus item) {
    return new PortsNested(-1, item);
  }

  public PortsNested setNewPortLike(int index, V1PortStatus item) {
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
  public class PortsNested extends V1PortStatusFluent<PortsNested> {
    private final int index;

    PortsNested(int index, V1PortStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1LoadBalancerIngressFluent.this.setToPorts(index, toModel());
    }

    public A endPort() {
      return and();
    }
  }
}
