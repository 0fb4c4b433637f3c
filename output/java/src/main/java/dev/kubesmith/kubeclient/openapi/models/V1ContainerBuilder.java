package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Container}: {@code new V1ContainerBuilder().withX(...)...build()}. */
public class V1ContainerBuilder extends V1ContainerFluent<V1ContainerBuilder> {
  public V1ContainerBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerBuilder(V1Container instance) {
    super(instance);
  }

  public V1Container build() {
    return toModel();
  }
}
