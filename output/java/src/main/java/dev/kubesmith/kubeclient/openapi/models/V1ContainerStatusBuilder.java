package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerStatus}: {@code new V1ContainerStatusBuilder().withX(...)...build()}. */
public class V1ContainerStatusBuilder extends V1ContainerStatusFluent<V1ContainerStatusBuilder> {
  public V1ContainerStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerStatusBuilder(V1ContainerStatus instance) {
    super(instance);
  }

  public V1ContainerStatus build() {
    return toModel();
  }
}
