package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerUser}: {@code new V1ContainerUserBuilder().withX(...)...build()}. */
public class V1ContainerUserBuilder extends V1ContainerUserFluent<V1ContainerUserBuilder> {
  public V1ContainerUserBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerUserBuilder(V1ContainerUser instance) {
    super(instance);
  }

  public V1ContainerUser build() {
    return toModel();
  }
}
