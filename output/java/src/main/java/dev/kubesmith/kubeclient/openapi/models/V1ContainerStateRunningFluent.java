package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1ContainerStateRunning}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerStateRunningBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerStateRunningFluent<A extends V1ContainerStateRunningFluent<A>> {
  private OffsetDateTime startedAt;

  public V1ContainerStateRunningFluent() {}

  public V1ContainerStateRunningFluent(V1ContainerStateRunning instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerStateRunning instance) {
    if (instance != null) {
      this.startedAt = instance.getStartedAt();
    }
  }

  /** A new {@link V1ContainerStateRunning} holding what was set (lists and maps copied). */
  V1ContainerStateRunning toModel() {
    V1ContainerStateRunning o = new V1ContainerStateRunning();
    o.setStartedAt(startedAt);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public A withStartedAt(OffsetDateTime startedAt) {
    this.startedAt = startedAt;
    return self();
  }

  public boolean hasStartedAt() {
    return startedAt != null;
  }
}
