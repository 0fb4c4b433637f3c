package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PodAffinity}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodAffinityBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodAffinityFluent<A extends V1PodAffinityFluent<A>> {
  private List<V1WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution;
  private List<V1PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution;

  public V1PodAffinityFluent() {}

  public V1PodAffinityFluent(V1PodAffinity instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodAffinity instance) {
    if (instance != null) {
      this.preferredDuringSchedulingIgnoredDuringExecution = instance.getPreferredDuringSchedulingIgnoredDuringExecution() == null ? null : new ArrayList<>(instance.getPreferredDuringSchedulingIgnoredDuringExecution());
      this.requiredDuringSchedulingIgnoredDuringExecution = instance.getRequiredDuringSchedulingIgnoredDuringExecution() == null ? null : new ArrayList<>(instance.getRequiredDuringSchedulingIgnoredDuringExecution());
    }
  }

  /** A new {@link V1PodAffinity} holding what was set (lists and maps copied). */
  V1PodAffinity toModel() {
    V1PodAffinity o = new V1PodAffinity();
    o.setPreferredDuringSchedulingIgnoredDuringExecution(preferredDuringSchedulingIgnoredDuringExecution == null ? null : new ArrayList<>(preferredDuringSchedulingIgnoredDuringExecution));
    o.setRequiredDuringSchedulingIgnoredDuringExecution(requiredDuringSchedulingIgnoredDuringExecution == null ? null : new ArrayList<>(requiredDuringSchedulingIgnoredDuringExecution));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1WeightedPodAffinityTerm> getPreferredDuringSchedulingIgnoredDuringExecution() {
    return preferredDuringSchedulingIgnoredDuringExecution;
  }

  public A withPreferredDuringSchedulingIgnoredDuringExecution(List<V1WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution) {
    this.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution == null ? null : new ArrayList<>(preferredDuringSchedulingIgnoredDuringExecution);
    return self();
  }

  public boolean hasPreferredDuringSchedulingIgnoredDuringExecution() {
    return preferredDuringSchedulingIgnoredDuringExecution != null;
  }

  public A withPreferredDuringSchedulingIgnoredDuringExecution(V1WeightedPodAffinityTerm... items) {
    this.preferredDuringSchedulingIgnoredDuringExecution = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPreferredDuringSchedulingIgnoredDuringExecution(V1WeightedPodAffinityTerm... items) {
    for (V1WeightedPodAffinityTerm item : items) {
      addToPreferredDuringSchedulingIgnoredDuringExecution(-1, item);
    }
    return self();
  }

  public A removeFromPreferredDuringSchedulingIgnoredDuringExecution(V1WeightedPodAffinityTerm... items) {
    return removeAllFromPreferredDuringSchedulingIgnoredDuringExecution(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPreferredDuringSchedulingIgnoredDuringExecution(int index, V1WeightedPodAffinityTerm item) {
    if (this.preferredDuringSchedulingIgnoredDuringExecution == null) {
      this.preferredDuringSchedulingIgnoredDuringExecution = new ArrayList<>();
    }
    if (index < 0 || index >= this.preferredDuringSchedulingIgnoredDuringExecution.size()) {
      this.preferredDuringSchedulingIgnoredDuringExecution.add(item);
    } else {
      this.preferredDuringSchedulingIgnoredDuringExecution.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPreferredDuringSchedulingIgnoredDuringExecution(int index, V1WeightedPodAffinityTerm item) {
    if (index < 0 || this.preferredDuringSchedulingIgnoredDuringExecution == null || index >= this.preferredDuringSchedulingIgnoredDuringExecution.size()) {
      return addToPreferredDuringSchedulingIgnoredDuringExecution(-1, item);
    }
    this.preferredDuringSchedulingIgnoredDuringExecution.set(index, item);
    return self();
  }

  public A addAllToPreferredDuringSchedulingIgnoredDuringExecution(Collection<V1WeightedPodAffinityTerm> items) {
    for (V1WeightedPodAffinityTerm item : items) {
      addToPreferredDuringSchedulingIgnoredDuringExecution(-1, item);
    }
    return self();
  }

  public A removeAllFromPreferredDuringSchedulingIgnoredDuringExecution(Collection<V1WeightedPodAffinityTerm> items) {
    if (this.preferredDuringSchedulingIgnoredDuringExecution != null) {
      this.preferredDuringSchedulingIgnoredDuringExecution.removeAll(items);
    }
    return self();
  }

  public List<V1WeightedPodAffinityTerm> buildPreferredDuringSchedulingIgnoredDuringExecution() {
    return preferredDuringSchedulingIgnoredDuringExecution;
  }

  public V1WeightedPodAffinityTerm buildPreferredDuringSchedulingIgnoredDuringExecution(int index) {
    return this.preferredDuringSchedulingIgnoredDuringExecution.get(index);
  }

  public PreferredDuringSchedulingIgnoredDuringExecutionNested addNewPreferredDuringSchedulingIgnoredDuringExecution() {
    return new PreferredDuringSchedulingIgnoredDuringExecutionNested(-1, null);
  }

  public PreferredDuringSchedulingIgnoredDuringExecutionNested addNewPreferredDuringSchedulingIgnoredDuringExecutionLike(V1WeightedPodAffinityTerm item) {
    return new PreferredDuringSchedulingIgnoredDuringExecutionNested(-1, item);
  }

  public PreferredDuringSchedulingIgnoredDuringExecutionNested setNewPreferredDuringSchedulingIgnoredDuringExecutionLike(int index, V1WeightedPodAffinityTerm item) {
    return new PreferredDuringSchedulingIgnoredDuringExecutionNested(index, item);
  }

  public PreferredDuringSchedulingIgnoredDuringExecutionNested editPreferredDuringSchedulingIgnoredDuringExecution(int index) {
    if (this.preferredDuringSchedulingIgnoredDuringExecution == null || index < 0 || index >= this.preferredDuringSchedulingIgnoredDuringExecution.size()) {
      throw new IndexOutOfBoundsException("can't edit preferredDuringSchedulingIgnoredDuringExecution [" + index + "]");
    }
    return new PreferredDuringSchedulingIgnoredDuringExecutionNested(index, this.preferredDuringSchedulingIgnoredDuringExecution.get(index));
  }

  public PreferredDuringSchedulingIgnoredDuringExecutionNested editFirstPreferredDuringSchedulingIgnoredDuringExecution() {
    return editPreferredDuringSchedulingIgnoredDuringExecution(0);
  }

  public PreferredDuringSchedulingIgnoredDuringExecutionNested editLastPreferredDuringSchedulingIgnoredDuringExecution() {
    return editPreferredDuringSchedulingIgnoredDuringExecution(this.preferredDuringSchedulingIgnoredDuringExecution == null ? -1 : this.preferredDuringSchedulingIgnoredDuringExecution.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PreferredDuringSchedulingIgnoredDuringExecutionNested extends V1WeightedPodAffinityTermFluent<PreferredDuringSchedulingIgnoredDuringExecutionNested> {
    private final int index;

    PreferredDuringSchedulingIgnoredDuringExecutionNested(int index, V1WeightedPodAffinityTerm item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodAffinityFluent.this.setToPreferredDuringSchedulingIgnoredDuringExecution(index, toModel());
    }

    public A endPreferredDuringSchedulingIgnoredDuringExecution() {
      return and();
    }
  }

  public List<V1PodAffinityTerm> getRequiredDuringSchedulingIgnoredDuringExecution() {
    return requiredDuringSchedulingIgnoredDuringExecution;
  }

  public A withRequiredDuringSchedulingIgnoredDuringExecution(List<V1PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution) {
    this.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution == null ? null : new ArrayList<>(requiredDuringSchedulingIgnoredDuringExecution);
    return self();
  }

  public boolean hasRequiredDuringSchedulingIgnoredDuringExecution() {
    return requiredDuringSchedulingIgnoredDuringExecution != null;
  }

  public A withRequiredDuringSchedulingIgnoredDuringExecution(V1PodAffinityTerm... items) {
    this.requiredDuringSchedulingIgnoredDuringExecution = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRequiredDuringSchedulingIgnoredDuringExecution(V1PodAffinityTerm... items) {
    for (V1PodAffinityTerm item : items) {
      addToRequiredDuringSchedulingIgnoredDuringExecution(-1, item);
    }
    return self();
  }

  public A removeFromRequiredDuringSchedulingIgnoredDuringExecution(V1PodAffinityTerm... items) {
    return removeAllFromRequiredDuringSchedulingIgnoredDuringExecution(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRequiredDuringSchedulingIgnoredDuringExecution(int index, V1PodAffinityTerm item) {
    if (this.requiredDuringSchedulingIgnoredDuringExecution == null) {
      this.requiredDuringSchedulingIgnoredDuringExecution = new ArrayList<>();
    }
    if (index < 0 || index >= this.requiredDuringSchedulingIgnoredDuringExecution.size()) {
      this.requiredDuringSchedulingIgnoredDuringExecution.add(item);
    } else {
      this.requiredDuringSchedulingIgnoredDuringExecution.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRequiredDuringSchedulingIgnoredDuringExecution(int index, V1PodAffinityTerm item) {
    if (index < 0 || this.requiredDuringSchedulingIgnoredDuringExecution == null || index >= this.requiredDuringSchedulingIgnoredDuringExecution.size()) {
      return addToRequiredDuringSchedulingIgnoredDuringExecution(-1, item);
    }
    this.requiredDuringSchedulingIgnoredDuringExecution.set(index, item);
    return self();
  }

  public A addAllToRequiredDuringSchedulingIgnoredDuringExecution(Collection<V1PodAffinityTerm> items) {
    for (V1PodAffinityTerm item : items) {
      addToRequiredDuringSchedulingIgnoredDuringExecution(-1, item);
    }
    return self();
  }

  public A removeAllFromRequiredDuringSchedulingIgnoredDuringExecution(Collection<V1PodAffinityTerm> items) {
    if (this.requiredDuringSchedulingIgnoredDuringExecution != null) {
      this.requiredDuringSchedulingIgnoredDuringExecution.removeAll(items);
    }
    return self();
  }

  public List<V1PodAffinityTerm> buildRequiredDuringSchedulingIgnoredDuringExecution() {
    return requiredDuringSchedulingIgnoredDuringExecution;
  }

  public V1PodAffinityTerm buildRequiredDuringSchedulingIgnoredDuringExecution(int index) {
    return this.requiredDuringSchedulingIgnoredDuringExecution.get(index);
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested addNewRequiredDuringSchedulingIgnoredDuringExecution() {
    return new RequiredDuringSchedulingIgnoredDuringExecutionNested(-1, null);
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested addNewRequiredDuringSchedulingIgnoredDuringExecutionLike(V1PodAffinityTerm item) {
    return new RequiredDuringSchedulingIgnoredDuringExecutionNested(-1, item);
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested setNewRequiredDuringSchedulingIgnoredDuringExecutionLike(int index, V1PodAffinityTerm item) {
    return new RequiredDuringSchedulingIgnoredDuringExecutionNested(index, item);
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested editRequiredDuringSchedulingIgnoredDuringExecution(int index) {
    if (this.requiredDuringSchedulingIgnoredDuringExecution == null || index < 0 || index >= this.requiredDuringSchedulingIgnoredDuringExecution.size()) {
      throw new IndexOutOfBoundsException("can't edit requiredDuringSchedulingIgnoredDuringExecution [" + index + "]");
    }
    return new RequiredDuringSchedulingIgnoredDuringExecutionNested(index, this.requiredDuringSchedulingIgnoredDuringExecution.get(index));
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested editFirstRequiredDuringSchedulingIgnoredDuringExecution() {
    return editRequiredDuringSchedulingIgnoredDuringExecution(0);
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested editLastRequiredDuringSchedulingIgnoredDuringExecution() {
    return editRequiredDuringSchedulingIgnoredDuringExecution(this.requiredDuringSchedulingIgnoredDuringExecution == null ? -1 : this.requiredDuringSchedulingIgnoredDuringExecution.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RequiredDuringSchedulingIgnoredDuringExecutionNested extends V1PodAffinityTermFluent<RequiredDuringSchedulingIgnoredDuringExecutionNested> {
    private final int index;

    RequiredDuringSchedulingIgnoredDuringExecutionNested(int index, V1PodAffinityTerm item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodAffinityFluent.this.setToRequiredDuringSchedulingIgnoredDuringExecution(index, toModel());
    }

    public A endRequiredDuringSchedulingIgnoredDuringExecution() {
      return and();
    }
  }
}
