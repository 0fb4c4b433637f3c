package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ServiceCIDRSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ServiceCIDRSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ServiceCIDRSpecFluent<A extends V1ServiceCIDRSpecFluent<A>> {
  private List<String> cidrs;

  public V1ServiceCIDRSpecFluent() {}

  public V1ServiceCIDRSpecFluent(V1ServiceCIDRSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ServiceCIDRSpec instance) {
    if (instance != null) {
      this.cidrs = instance.getCidrs() == null ? null : new ArrayList<>(instance.getCidrs());
    }
  }

  /** A new {@link V1ServiceCIDRSpec} holding what was set (lists and maps copied). */
  V1ServiceCIDRSpec toModel() {
    V1ServiceCIDRSpec o = new V1ServiceCIDRSpec();
    o.setCidrs(cidrs == null ? null : new ArrayList<>(cidrs));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getCidrs() {
    return cidrs;
  }

  public A withCidrs(List<String> cidrs) {
    this.cidrs = cidrs == null ? null : new ArrayList<>(cidrs);
    return self();
  }

  public boolean hasCidrs() {
    return cidrs != null;
  }

  public A withCidrs(String... items) {
    this.cidrs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCidrs(String... items) {
    for (String item : items) {
      addToCidrs(-1, item);
    }
    return self();
  }

  public A removeFromCidrs(String... items) {
    return removeAllFromCidrs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCidrs(int index, String item) {
    if (this.cidrs == null) {
      this.cidrs = new ArrayList<>();
    }
    if (index < 0 || index >= this.cidrs.size()) {
      this.cidrs.add(item);
    } else {
      this.cidrs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToCidrs(int index, String item) {
    if (index < 0 || this.cidrs == null || index >= this.cidrs.size()) {
      return addToCidrs(-1, item);
    }
    this.cidrs.set(index, item);
    return self();
  }

  public A addAllToCidrs(Collection<String> items) {
    for (String item : items) {
      addToCidrs(-1, item);
    }
    return self();
  }

  public A removeAllFromCidrs(Collection<String> items) {
    if (this.cidrs != null) {
      this.cidrs.removeAll(items);
    }
    return self();
  }
}
