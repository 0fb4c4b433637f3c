package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerStateTerminated}: {@code new V1ContainerStateTerminatedBuilder().withX(...)...build()}. */
public class V1ContainerStateTerminatedBuilder extends V1ContainerStateTerminatedFluent<V1ContainerStateTerminatedBuilder> {
  public V1ContainerStateTerminatedBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerStateTerminatedBuilder(V1ContainerStateTerminated instance) {
    super(instance);
  }

  public V1ContainerStateTerminated build() {
    return toModel();
  }
}
