package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.IntOrString;

/**
 * The fluent setters of {@link V1RollingUpdateDaemonSet}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1RollingUpdateDaemonSetBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1RollingUpdateDaemonSetFluent<A extends V1RollingUpdateDaemonSetFluent<A>> {
  private IntOrString maxSurge;
  private IntOrString maxUnavailable;

  public V1RollingUpdateDaemonSetFluent() {}

  public V1RollingUpdateDaemonSetFluent(V1RollingUpdateDaemonSet instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1RollingUpdateDaemonSet instance) {
    if (instance != null) {
      this.maxSurge = instance.getMaxSurge();
      this.maxUnavailable = instance.getMaxUnavailable();
    }
  }

  /** A new {@link V1RollingUpdateDaemonSet} holding what was set (lists and maps copied). */
  V1RollingUpdateDaemonSet toModel() {
    V1RollingUpdateDaemonSet o = new V1RollingUpdateDaemonSet();
    o.setMaxSurge(maxSurge);
    o.setMaxUnavailable(maxUnavailable);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public IntOrString getMaxSurge() {
    return maxSurge;
  }

  public A withMaxSurge(IntOrString maxSurge) {
    this.maxSurge = maxSurge;
    return self();
  }

  public boolean hasMaxSurge() {
    return maxSurge != null;
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
}
