package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.IntOrString;

/**
 * The fluent setters of {@link V1RollingUpdateDeployment}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1RollingUpdateDeploymentBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1RollingUpdateDeploymentFluent<A extends V1RollingUpdateDeploymentFluent<A>> {
  private IntOrString maxSurge;
  private IntOrString maxUnavailable;

  public V1RollingUpdateDeploymentFluent() {}

  public V1RollingUpdateDeploymentFluent(V1RollingUpdateDeployment instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1RollingUpdateDeployment instance) {
    if (instance != null) {
      this.maxSurge = instance.getMaxSurge();
      this.maxUnavailable = instance.getMaxUnavailable();
    }
  }

  /** A new {@link V1RollingUpdateDeployment} holding what was set (lists and maps copied). */
  V1RollingUpdateDeployment toModel() {
    V1RollingUpdateDeployment o = new V1RollingUpdateDeployment();
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
