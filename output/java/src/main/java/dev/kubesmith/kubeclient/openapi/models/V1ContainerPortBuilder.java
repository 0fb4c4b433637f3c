package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerPort}: {@code new V1ContainerPortBuilder().withX(...)...build()}. */
public class V1ContainerPortBuilder extends V1ContainerPortFluent<V1ContainerPortBuilder> {
  public V1ContainerPortBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerPortBuilder(V1ContainerPort instance) {
    super(instance);
  }

  public V1ContainerPort build() {
    return toModel();
  }
}
