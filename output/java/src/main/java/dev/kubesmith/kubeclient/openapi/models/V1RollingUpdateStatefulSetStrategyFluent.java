package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.IntOrString;

/**
 * The fluent setters of {@link V1RollingUpdateStatefulSetStrategy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1RollingUpdateStatefulSetStrategyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1RollingUpdateStatefulSetStrategyFluent<A extends V1RollingUpdateStatefulSetStrategyFluent<A>> {
  private IntOrString maxUnavailable;
  private Integer partition;

  public V1RollingUpdateStatefulSetStrategyFluent() {}

  public V1RollingUpdateStatefulSetStrategyFluent(V1RollingUpdateStatefulSetStrategy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1RollingUpdateStatefulSetStrategy instance) {
    if (instance != null) {
      this.maxUnavailable = instance.getMaxUnavailable();
      this.partition = instance.getPartition();
    }
  }

  /** A new {@link V1RollingUpdateStatefulSetStrategy} holding what was set (lists and maps copied). */
  V1RollingUpdateStatefulSetStrategy toModel() {
    V1RollingUpdateStatefulSetStrategy o = new V1RollingUpdateStatefulSetStrategy();
    o.setMaxUnavailable(maxUnavailable);
    o.setPartition(partition);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public IntOrString getMaxUnavailable() {
    return maxUnavailable;
  }

  public A withMaxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
    return self();
  }

  public boolean hasMaxUnavailable() {
    return maxUnavailable != null;
  }

  public Integer getPartition() {
    return partition;
  }

  public A withPartition(Integer partition) {
    this.partition = partition;
    return self();
  }

  public boolean hasPartition() {
    return partition != null;
  }
}
