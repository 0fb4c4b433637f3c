package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerImage}: {@code new V1ContainerImageBuilder().withX(...)...build()}. */
public class V1ContainerImageBuilder extends V1ContainerImageFluent<V1ContainerImageBuilder> {
  public V1ContainerImageBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerImageBuilder(V1ContainerImage instance) {
    super(instance);
  }

  public V1ContainerImage build() {
    return toModel();
  }
}
