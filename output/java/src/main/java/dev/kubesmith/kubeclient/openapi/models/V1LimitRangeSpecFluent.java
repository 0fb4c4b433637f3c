package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1LimitRangeSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LimitRangeSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LimitRangeSpecFluent<A extends V1LimitRangeSpecFluent<A>> {
  private List<V1LimitRangeItem> limits;

  public V1LimitRangeSpecFluent() {}

  public V1LimitRangeSpecFluent(V1LimitRangeSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LimitRangeSpec instance) {
    if (instance != null) {
      this.limits = instance.getLimits() == null ? null : new ArrayList<>(instance.getLimits());
    }
  }

  /** A new {@link V1LimitRangeSpec} holding what was set (lists and maps copied). */
  V1LimitRangeSpec toModel() {
    V1LimitRangeSpec o = new V1LimitRangeSpec();
    o.setLimits(limits == null ? null : new ArrayList<>(limits));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1LimitRangeItem> getLimits() {
    return limits;
  }

  public A withLimits(List<V1LimitRangeItem> limits) {
    this.limits = limits == null ? null : new ArrayList<>(limits);
    return self();
  }

  public boolean hasLimits() {
    return limits != null;
  }

  public A withLimits(V1LimitRangeItem... items) {
    this.limits = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToLimits(V1LimitRangeItem... items) {
    for (V1LimitRangeItem item : items) {
      addToLimits(-1, item);
    }
    return self();
  }

  public A removeFromLimits(V1LimitRangeItem... items) {
    return removeAllFromLimits(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToLimits(int index, V1LimitRangeItem item) {
    if (this.limits == null) {
      this.limits = new ArrayList<>();
    }
    if (index < 0 || index >= this.limits.size()) {
      this.limits.add(item);
    } else {
      this.limits.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToLimits(int index, V1LimitRangeItem item) {
    if (index < 0 || this.limits == null || index >= this.limits.size()) {
      return addToLimits(-1, item);
    }
    this.limits.set(index, item);
    return self();
  }

  public A addAllToLimits(Collection<V1LimitRangeItem> items) {
    for (V1LimitRangeItem item : items) {
      addToLimits(-1, item);
    }
    return self();
  }

  public A removeAllFromLimits(Collection<V1LimitRangeItem> items) {
    if (this.limits != null) {
      this.limits.removeAll(items);
    }
    return self();
  }

  public List<V1LimitRangeItem> buildLimits() {
    return limits;
  }

  public V1LimitRangeItem buildLimit(int index) {
    return this.limits.get(index);
  }

  public LimitsNested addNewLimit() {
    return new LimitsNested(-1, null);
  }

  public LimitsNested addNewLimitLike(V1LimitRangeItem item) {
    return new LimitsNested(-1, item);
  }

  public LimitsNested setNewLimitLike(int index, V1LimitRangeItem item) {
    return new LimitsNested(index, item);
  }

  public LimitsNested editLimit(int index) {
    if (this.limits == null || index < 0 || index >= this.limits.size()) {
      throw new IndexOutOfBoundsException("can't edit limits [" + index + "]");
    }
    return new LimitsNested(index, this.limits.get(index));
  }

  public LimitsNested editFirstLimit() {
    return editLimit(0);
  }

  public LimitsNested editLastLimit() {
    return editLimit(this.limits == null ? -1 : this.limits.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class LimitsNested extends V1LimitRangeItemFluent<LimitsNested> {
    private final int index;

    LimitsNested(int index, V1LimitRangeItem item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1LimitRangeSpecFluent.this.setToLimits(index, toModel());
    }

    public A endLimit() {
      return and();
    }
  }
}
