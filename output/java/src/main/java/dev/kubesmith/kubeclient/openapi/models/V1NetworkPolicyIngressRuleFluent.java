package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NetworkPolicyIngressRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NetworkPolicyIngressRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NetworkPolicyIngressRuleFluent<A extends V1NetworkPolicyIngressRuleFluent<A>> {
  private List<V1NetworkPolicyPeer> from;
  private List<V1NetworkPolicyPort> ports;

  public V1NetworkPolicyIngressRuleFluent() {}

  public V1NetworkPolicyIngressRuleFluent(V1NetworkPolicyIngressRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NetworkPolicyIngressRule instance) {
    if (instance != null) {
      this.from = instance.getFrom() == null ? null : new ArrayList<>(instance.getFrom());
      this.ports = instance.getPorts() == null ? null : new ArrayList<>(instance.getPorts());
    }
  }

  /** A new {@link V1NetworkPolicyIngressRule} holding what was set (lists and maps copied). */
  V1NetworkPolicyIngressRule toModel() {
    V1NetworkPolicyIngressRule o = new V1NetworkPolicyIngressRule();
    o.setFrom(from == null ? null : new ArrayList<>(from));
    o.setPorts(ports == null ? null : new ArrayList<>(ports));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1NetworkPolicyPeer> getFrom() {
    return from;
  }

  public A withFrom(List<V1NetworkPolicyPeer> from) {
    this.from = from == null ? null : new ArrayList<>(from);
    return self();
  }

  public boolean hasFrom() {
    return from != null;
  }

  public A withFrom(V1NetworkPolicyPeer... items) {
    this.from = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToFrom(V1NetworkPolicyPeer... items) {
    for (V1NetworkPolicyPeer item : items) {
      addToFrom(-1, item);
    }
    return self();
  }

  public A removeFromFrom(V1NetworkPolicyPeer... items) {
    return removeAllFromFrom(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToFrom(int index, V1NetworkPolicyPeer item) {
    if (this.from == null) {
      this.from = new ArrayList<>();
    }
    if (index < 0 || index >= this.from.size()) {
      this.from.add(item);
    } else {
      this.from.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToFrom(int index, V1NetworkPolicyPeer item) {
    if (index < 0 || this.from == null || index >= this.from.size()) {
      return addToFrom(-1, item);
    }
    this.from.set(index, item);
    return self();
  }

  public A addAllToFrom(Collection<V1NetworkPolicyPeer> items) {
    for (V1NetworkPolicyPeer item : items) {
      addToFrom(-1, item);
    }
    return self();
  }

  public A removeAllFromFrom(Collection<V1NetworkPolicyPeer> items) {
    if (this.from != null) {
      this.from.removeAll(items);
    }
    return self();
  }

  public List<V1NetworkPolicyPeer> buildFrom() {
    return from;
  }

  public V1NetworkPolicyPeer buildFrom(int index) {
    return this.from.get(index);
  }

  public FromNested addNewFrom() {
    return new FromNested(-1, null);
  }

  public FromNested addNewFromLike(V1NetworkPolicyPeer item) {
    return new FromNested(-1, item);
  }

  public FromNested setNewFromLike(int index, V1NetworkPolicyPeer item) {
    return new FromNested(index, item);
  }

  public FromNested editFrom(int index) {
    if (this.from == null || index < 0 || index >= this.from.size()) {
      throw new IndexOutOfBoundsException("can't edit from [" + index + "]");
    }
    return new FromNested(index, this.from.get(index));
  }

  public FromNested editFirstFrom() {
    return editFrom(0);
  }

  public FromNested editLastFrom() {
    return editFrom(this.from == null ? -1 : this.from.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class FromNested extends V1NetworkPolicyPeerFluent<FromNested> {
    private final int index;

    FromNested(int index, V1NetworkPolicyPeer item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NetworkPolicyIngressRuleFluent.this.setToFrom(index, toModel());
    }

    public A endFrom() {
      return and();
    }
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
      return V1NetworkPolicyIngressRuleFluent.this.setToPorts(index, toModel());
    }

    public A endPort() {
      return and();
    }
  }
}
