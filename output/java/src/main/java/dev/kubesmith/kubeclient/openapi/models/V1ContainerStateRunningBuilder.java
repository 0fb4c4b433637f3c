package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerStateRunning}: {@code new V1ContainerStateRunningBuilder().withX(...)...build()}. */
public class V1ContainerStateRunningBuilder extends V1ContainerStateRunningFluent<V1ContainerStateRunningBuilder> {
  public V1ContainerStateRunningBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerStateRunningBuilder(V1ContainerStateRunning instance) {
    super(instance);
  }

  public V1ContainerStateRunning build() {
    return toModel();
  }
}
