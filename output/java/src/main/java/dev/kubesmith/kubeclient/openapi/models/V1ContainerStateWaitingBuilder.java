package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerStateWaiting}: {@code new V1ContainerStateWaitingBuilder().withX(...)...build()}. */
public class V1ContainerStateWaitingBuilder extends V1ContainerStateWaitingFluent<V1ContainerStateWaitingBuilder> {
  public V1ContainerStateWaitingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerStateWaitingBuilder(V1ContainerStateWaiting instance) {
    super(instance);
  }

  public V1ContainerStateWaiting build() {
    return toModel();
  }
}
