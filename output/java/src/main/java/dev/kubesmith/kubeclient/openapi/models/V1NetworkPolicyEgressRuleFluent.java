package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NetworkPolicyEgressRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NetworkPolicyEgressRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NetworkPolicyEgressRuleFluent<A extends V1NetworkPolicyEgressRuleFluent<A>> {
  private List<V1NetworkPolicyPort> ports;
  private List<V1NetworkPolicyPeer> to;

  public V1NetworkPolicyEgressRuleFluent() {}

  public V1NetworkPolicyEgressRuleFluent(V1NetworkPolicyEgressRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NetworkPolicyEgressRule instance) {
    if (instance != null) {
      this.ports = instance.getPorts() == null ? null : new ArrayList<>(instance.getPorts());
      this.to = instance.getTo() == null ? null : new ArrayList<>(instance.getTo());
    }
  }

  /** A new {@link V1NetworkPolicyEgressRule} holding what was set (lists and maps copied). */
  V1NetworkPolicyEgressRule toModel() {
    V1NetworkPolicyEgressRule o = new V1NetworkPolicyEgressRule();
    o.setPorts(ports == null ? null : new ArrayList<>(ports));
    o.setTo(to == null ? null : new ArrayList<>(to));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1NetworkPolicyPort> getPorts() {
    return ports;
  }

  public A withPorts(List<V1NetworkPolicyPort> ports) {
    this.ports = ports == null ? null : new ArrayList<>(ports);
    return self();
  }

  public boolean hasPorts() {
    return ports != null;
  }

  public A withPorts(V1NetworkPolicyPort... items) {
    this.ports = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPorts(V1NetworkPolicyPort... items) {
    for (V1NetworkPolicyPort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeFromPorts(V1NetworkPolicyPort... items) {
    return removeAllFromPorts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPorts(int index, V1NetworkPolicyPort item) {
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
  public A setToPorts(int index, V1NetworkPolicyPort item) {
    if (index < 0 || this.ports == null || index >= this.ports.size()) {
      return addToPorts(-1, item);
    }
    this.ports.set(index, item);
    return self();
  }

  public A addAllToPorts(Collection<V1NetworkPolicyPort> items) {
    for (V1NetworkPolicyPort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeAllFromPorts(Collection<V1NetworkPolicyPort> items) {
    if (this.ports != null) {
      this.ports.removeAll(items);
    }
    return self();
  }

  public List<V1NetworkPolicyPort> buildPorts() {
    return ports;
  }

  public V1NetworkPolicyPort buildPort(int index) {
    return this.ports.get(index);
  }

  public PortsNested addNewPort() {
    return new PortsNested(-1, null);
  }

  public PortsNested addNewPortLike(V1NetworkPolicyPort item) {
    return new PortsNested(-1, item);
  }

  public PortsNested setNewPortLike(int index, V1NetworkPolicyPort item) {
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
  public class PortsNested extends V1NetworkPolicyPortFluent<PortsNested> {
    private final int index;

    PortsNested(int index, V1NetworkPolicyPort item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NetworkPolicyEgressRuleFluent.this.setToPorts(index, toModel());
    }

    public A endPort() {
      return and();
    }
  }

  public List<V1NetworkPolicyPeer> getTo() {
    return to;
  }

  public A withTo(List<V1NetworkPolicyPeer> to) {
    this.to = to == null ? null : new ArrayList<>(to);
    return self();
  }

  public boolean hasTo() {
    return to != null;
  }

  public A withTo(V1NetworkPolicyPeer... items) {
    this.to = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTo(V1NetworkPolicyPeer... items) {
    for (V1NetworkPolicyPeer item : items) {
      addToTo(-1, item);
    }
    return self();
  }

  public A removeFromTo(V1NetworkPolicyPeer... items) {
    return removeAllFromTo(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTo(int index, V1NetworkPolicyPeer item) {
    if (this.to == null) {
      this.to = new ArrayList<>();
    }
    if (index < 0 || index >= this.to.size()) {
      this.to.add(item);
    } else {
      this.to.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTo(int index, V1NetworkPolicyPeer item) {
    if (index < 0 || this.to == null || index >= this.to.size()) {
      return addToTo(-1, item);
    }
    this.to.set(index, item);
    return self();
  }

  public A addAllToTo(Collection<V1NetworkPolicyPeer> items) {
    for (V1NetworkPolicyPeer item : items) {
      addToTo(-1, item);
    }
    return self();
  }

  public A removeAllFromTo(Collection<V1NetworkPolicyPeer> items) {
    if (this.to != null) {
      this.to.removeAll(items);
    }
    return self();
  }

  public List<V1NetworkPolicyPeer> buildTo() {
    return to;
  }

  public V1NetworkPolicyPeer buildTo(int index) {
    return this.to.get(index);
  }

  public ToNested addNewTo() {
    return new ToNested(-1, null);
  }

  public ToNested addNewToLike(V1NetworkPolicyPeer item) {
    return new ToNested(-1, item);
  }

  public ToNested setNewToLike(int index, V1NetworkPolicyPeer item) {
    return new ToNested(index, item);
  }

  public ToNested editTo(int index) {
    if (this.to == null || index < 0 || index >= this.to.size()) {
      throw new IndexOutOfBoundsException("can't edit to [" + index + "]");
    }
    return new ToNested(index, this.to.get(index));
  }

  public ToNested editFirstTo() {
    return editTo(0);
  }

  public ToNested editLastTo() {
    return editTo(this.to == null ? -1 : this.to.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ToNested extends V1NetworkPolicyPeerFluent<ToNested> {
    private final int index;

    ToNested(int index, V1NetworkPolicyPeer item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NetworkPolicyEgressRuleFluent.this.setToTo(index, toModel());
    }

    public A endTo() {
      return and();
    }
  }
}
