package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NodePodPreemptionPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodePodPreemptionPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodePodPreemptionPolicyFluent<A extends V1NodePodPreemptionPolicyFluent<A>> {
  private List<String> disableResizePreemption;

  public V1NodePodPreemptionPolicyFluent() {}

  public V1NodePodPreemptionPolicyFluent(V1NodePodPreemptionPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodePodPreemptionPolicy instance) {
    if (instance != null) {
      this.disableResizePreemption = instance.getDisableResizePreemption() == null ? null : new ArrayList<>(instance.getDisableResizePreemption());
    }
  }

  /** A new {@link V1NodePodPreemptionPolicy} holding what was set (lists and maps copied). */
  V1NodePodPreemptionPolicy toModel() {
    V1NodePodPreemptionPolicy o = new V1NodePodPreemptionPolicy();
    o.setDisableResizePreemption(disableResizePreemption == null ? null : new ArrayList<>(disableResizePreemption));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getDisableResizePreemption() {
    return disableResizePreemption;
  }

  public A withDisableResizePreemption(List<String> disableResizePreemption) {
    this.disableResizePreemption = disableResizePreemption == null ? null : new ArrayList<>(disableResizePreemption);
    return self();
  }

  public boolean hasDisableResizePreemption() {
    return disableResizePreemption != null;
  }

  public A withDisableResizePreemption(String... items) {
    this.disableResizePreemption = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDisableResizePreemption(String... items) {
    for (String item : items) {
      addToDisableResizePreemption(-1, item);
    }
    return self();
  }

  public A removeFromDisableResizePreemption(String... items) {
    return removeAllFromDisableResizePreemption(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDisableResizePreemption(int index, String item) {
    if (this.disableResizePreemption == null) {
      this.disableResizePreemption = new ArrayList<>();
    }
    if (index < 0 || index >= this.disableResizePreemption.size()) {
      this.disableResizePreemption.add(item);
    } else {
      this.disableResizePreemption.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToDisableResizePreemption(int index, String item) {
    if (index < 0 || this.disableResizePreemption == null || index >= this.disableResizePreemption.size()) {
      return addToDisableResizePreemption(-1, item);
    }
    this.disableResizePreemption.set(index, item);
    return self();
  }

  public A addAllToDisableResizePreemption(Collection<String> items) {
    for (String item : items) {
      addToDisableResizePreemption(-1, item);
    }
    return self();
  }

  public A removeAllFromDisableResizePreemption(Collection<String> items) {
    if (this.disableResizePreemption != null) {
      this.disableResizePreemption.removeAll(items);
    }
    return self();
  }
}
