package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NodeAffinity}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeAffinityBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeAffinityFluent<A extends V1NodeAffinityFluent<A>> {
  private List<V1PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution;
  private V1NodeSelector requiredDuringSchedulingIgnoredDuringExecution;

  public V1NodeAffinityFluent() {}

  public V1NodeAffinityFluent(V1NodeAffinity instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeAffinity instance) {
    if (instance != null) {
      this.preferredDuringSchedulingIgnoredDuringExecution = instance.getPreferredDuringSchedulingIgnoredDuringExecution() == null ? null : new ArrayList<>(instance.getPreferredDuringSchedulingIgnoredDuringExecution());
      this.requiredDuringSchedulingIgnoredDuringExecution = instance.getRequiredDuringSchedulingIgnoredDuringExecution();
    }
  }

  /** A new {@link V1NodeAffinity} holding what was set (lists and maps copied). */
  V1NodeAffinity toModel() {
    V1NodeAffinity o = new V1NodeAffinity();
    o.setPreferredDuringSchedulingIgnoredDuringExecution(preferredDuringSchedulingIgnoredDuringExecution == null ? null : new ArrayList<>(preferredDuringSchedulingIgnoredDuringExecution));
    o.setRequiredDuringSchedulingIgnoredDuringExecution(requiredDuringSchedulingIgnoredDuringExecution);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1PreferredSchedulingTerm> getPreferredDuringSchedulingIgnoredDuringExecution() {
    return preferredDuringSchedulingIgnoredDuringExecution;
  }

  public A withPreferredDuringSchedulingIgnoredDuringExecution(List<V1PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution) {
    this.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution == null ? null : new ArrayList<>(preferredDuringSchedulingIgnoredDuringExecution);
    return self();
  }

  public boolean hasPreferredDuringSchedulingIgnoredDuringExecution() {
    return preferredDuringSchedulingIgnoredDuringExecution != null;
  }

  public A withPreferredDuringSchedulingIgnoredDuringExecution(V1PreferredSchedulingTerm... items) {
    this.preferredDuringSchedulingIgnoredDuringExecution = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPreferredDuringSchedulingIgnoredDuringExecution(V1PreferredSchedulingTerm... items) {
    for (V1PreferredSchedulingTerm item : items) {
      addToPreferredDuringSchedulingIgnoredDuringExecution(-1, item);
    }
    return self();
  }

  public A removeFromPreferredDuringSchedulingIgnoredDuringExecution(V1PreferredSchedulingTerm... items) {
    return removeAllFromPreferredDuringSchedulingIgnoredDuringExecution(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPreferredDuringSchedulingIgnoredDuringExecution(int index, V1PreferredSchedulingTerm item) {
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
  public A setToPreferredDuringSchedulingIgnoredDuringExecution(int index, V1PreferredSchedulingTerm item) {
    if (index < 0 || this.preferredDuringSchedulingIgnoredDuringExecution == null || index >= this.preferredDuringSchedulingIgnoredDuringExecution.size()) {
      return addToPreferredDuringSchedulingIgnoredDuringExecution(-1, item);
    }
    this.preferredDuringSchedulingIgnoredDuringExecution.set(index, item);
    return self();
  }

  public A addAllToPreferredDuringSchedulingIgnoredDuringExecution(Collection<V1PreferredSchedulingTerm> items) {
    for (V1PreferredSchedulingTerm item : items) {
      addToPreferredDuringSchedulingIgnoredDuringExecution(-1, item);
    }
    return self();
  }

  public A removeAllFromPreferredDuringSchedulingIgnoredDuringExecution(Collection<V1PreferredSchedulingTerm> items) {
    if (this.preferredDuringSchedulingIgnoredDuringExecution != null) {
      this.preferredDuringSchedulingIgnoredDuringExecution.removeAll(items);
    }
    return self();
  }

  public List<V1PreferredSchedulingTerm> buildPreferredDuringSchedulingIgnoredDuringExecution() {
    return preferredDuringSchedulingIgnoredDuringExecution;
  }

  public V1PreferredSchedulingTerm buildPreferredDuringSchedulingIgnoredDuringExecution(int index) {
    return this.preferredDuringSchedulingIgnoredDuringExecution.get(index);
  }

  public PreferredDuringSchedulingIgnoredDuringExecutionNested addNewPreferredDuringSchedulingIgnoredDuringExecution() {
    return new PreferredDuringSchedulingIgnoredDuringExecutionNested(-1, null);
  }

  public PreferredDuringSchedulingIgnoredDuringExecutionNested addNewPreferredDuringSchedulingIgnoredDuringExecutionLike(V1PreferredSchedulingTerm item) {
    return new PreferredDuringSchedulingIgnoredDuringExecutionNested(-1, item);
  }

  public PreferredDuringSchedulingIgnoredDuringExecutionNested setNewPreferredDuringSchedulingIgnoredDuringExecutionLike(int index, V1PreferredSchedulingTerm item) {
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
  public class PreferredDuringSchedulingIgnoredDuringExecutionNested extends V1PreferredSchedulingTermFluent<PreferredDuringSchedulingIgnoredDuringExecutionNested> {
    private final int index;

    PreferredDuringSchedulingIgnoredDuringExecutionNested(int index, V1PreferredSchedulingTerm item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeAffinityFluent.this.setToPreferredDuringSchedulingIgnoredDuringExecution(index, toModel());
    }

    public A endPreferredDuringSchedulingIgnoredDuringExecution() {
      return and();
    }
  }

  public V1NodeSelector getRequiredDuringSchedulingIgnoredDuringExecution() {
    return requiredDuringSchedulingIgnoredDuringExecution;
  }

  public A withRequiredDuringSchedulingIgnoredDuringExecution(V1NodeSelector requiredDuringSchedulingIgnoredDuringExecution) {
    this.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution;
    return self();
  }

  public boolean hasRequiredDuringSchedulingIgnoredDuringExecution() {
    return requiredDuringSchedulingIgnoredDuringExecution != null;
  }

  public V1NodeSelector buildRequiredDuringSchedulingIgnoredDuringExecution() {
    return requiredDuringSchedulingIgnoredDuringExecution;
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested withNewRequiredDuringSchedulingIgnoredDuringExecution() {
    return new RequiredDuringSchedulingIgnoredDuringExecutionNested(null);
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested withNewRequiredDuringSchedulingIgnoredDuringExecutionLike(V1NodeSelector item) {
    return new RequiredDuringSchedulingIgnoredDuringExecutionNested(item);
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested editRequiredDuringSchedulingIgnoredDuringExecution() {
    return new RequiredDuringSchedulingIgnoredDuringExecutionNested(requiredDuringSchedulingIgnoredDuringExecution);
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested editOrNewRequiredDuringSchedulingIgnoredDuringExecution() {
    return new RequiredDuringSchedulingIgnoredDuringExecutionNested(requiredDuringSchedulingIgnoredDuringExecution != null ? requiredDuringSchedulingIgnoredDuringExecution : new V1NodeSelector());
  }

  public RequiredDuringSchedulingIgnoredDuringExecutionNested editOrNewRequiredDuringSchedulingIgnoredDuringExecutionLike(V1NodeSelector item) {
    return new RequiredDuringSchedulingIgnoredDuringExecutionNested(requiredDuringSchedulingIgnoredDuringExecution != null ? requiredDuringSchedulingIgnoredDuringExecution : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RequiredDuringSchedulingIgnoredDuringExecutionNested extends V1NodeSelectorFluent<RequiredDuringSchedulingIgnoredDuringExecutionNested> {
    RequiredDuringSchedulingIgnoredDuringExecutionNested(V1NodeSelector item) {
      super(item);
    }

    public A and() {
      return V1NodeAffinityFluent.this.withRequiredDuringSchedulingIgnoredDuringExecution(toModel());
    }

    public A endRequiredDuringSchedulingIgnoredDuringExecution() {
      return and();
    }
  }
}
