package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1IngressLoadBalancerStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressLoadBalancerStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressLoadBalancerStatusFluent<A extends V1IngressLoadBalancerStatusFluent<A>> {
  private List<V1IngressLoadBalancerIngress> ingress;

  public V1IngressLoadBalancerStatusFluent() {}

  public V1IngressLoadBalancerStatusFluent(V1IngressLoadBalancerStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressLoadBalancerStatus instance) {
    if (instance != null) {
      this.ingress = instance.getIngress() == null ? null : new ArrayList<>(instance.getIngress());
    }
  }

  /** A new {@link V1IngressLoadBalancerStatus} holding what was set (lists and maps copied). */
  V1IngressLoadBalancerStatus toModel() {
    V1IngressLoadBalancerStatus o = new V1IngressLoadBalancerStatus();
    o.setIngress(ingress == null ? null : new ArrayList<>(ingress));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1IngressLoadBalancerIngress> getIngress() {
    return ingress;
  }

  public A withIngress(List<V1IngressLoadBalancerIngress> ingress) {
    this.ingress = ingress == null ? null : new ArrayList<>(ingress);
    return self();
  }

  public boolean hasIngress() {
    return ingress != null;
  }

  public A withIngress(V1IngressLoadBalancerIngress... items) {
    this.ingress = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToIngress(V1IngressLoadBalancerIngress... items) {
    for (V1IngressLoadBalancerIngress item : items) {
      addToIngress(-1, item);
    }
    return self();
  }

  public A removeFromIngress(V1IngressLoadBalancerIngress... items) {
    return removeAllFromIngress(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToIngress(int index, V1IngressLoadBalancerIngress item) {
    if (this.ingress == null) {
      this.ingress = new ArrayList<>();
    }
    if (index < 0 || index >= this.ingress.size()) {
      this.ingress.add(item);
    } else {
      this.ingress.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToIngress(int index, V1IngressLoadBalancerIngress item) {
    if (index < 0 || this.ingress == null || index >= this.ingress.size()) {
      return addToIngress(-1, item);
    }
    this.ingress.set(index, item);
    return self();
  }

  public A addAllToIngress(Collection<V1IngressLoadBalancerIngress> items) {
    for (V1IngressLoadBalancerIngress item : items) {
      addToIngress(-1, item);
    }
    return self();
  }

  public A removeAllFromIngress(Collection<V1IngressLoadBalancerIngress> items) {
    if (this.ingress != null) {
      this.ingress.removeAll(items);
    }
    return self();
  }

  public List<V1IngressLoadBalancerIngress> buildIngress() {
    return ingress;
  }

  public V1IngressLoadBalancerIngress buildIngress(int index) {
    return this.ingress.get(index);
  }

  public IngressNested addNewIngress() {
    return new IngressNested(-1, null);
  }

  public IngressNested addNewIngressLike(V1IngressLoadBalancerIngress item) {
    return new IngressNested(-1, item);
  }

  public IngressNested setNewIngressLike(int index, V1IngressLoadBalancerIngress item) {
    return new IngressNested(index, item);
  }

  public IngressNested editIngress(int index) {
    if (this.ingress == null || index < 0 || index >= this.ingress.size()) {
      throw new IndexOutOfBoundsException("can't edit ingress [" + index + "]");
    }
    return new IngressNested(index, this.ingress.get(index));
  }

  public IngressNested editFirstIngress() {
    return editIngress(0);
  }

  public IngressNested editLastIngress() {
    return editIngress(this.ingress == null ? -1 : this.ingress.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class IngressNested extends V1IngressLoadBalancerIngressFluent<IngressNested> {
    private final int index;

    IngressNested(int index, V1IngressLoadBalancerIngress item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1IngressLoadBalancerStatusFluent.this.setToIngress(index, toModel());
    }

    public A endIngress() {
      return and();
    }
  }
}
