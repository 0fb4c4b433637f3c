package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerState}: {@code new V1ContainerStateBuilder().withX(...)...build()}. */
public class V1ContainerStateBuilder extends V1ContainerStateFluent<V1ContainerStateBuilder> {
  public V1ContainerStateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerStateBuilder(V1ContainerState instance) {
    super(instance);
  }

  public V1ContainerState build() {
    return toModel();
  }
}
