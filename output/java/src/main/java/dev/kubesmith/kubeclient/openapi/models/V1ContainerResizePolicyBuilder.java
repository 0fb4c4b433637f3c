package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerResizePolicy}: {@code new V1ContainerResizePolicyBuilder().withX(...)...build()}. */
public class V1ContainerResizePolicyBuilder extends V1ContainerResizePolicyFluent<V1ContainerResizePolicyBuilder> {
  public V1ContainerResizePolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerResizePolicyBuilder(V1ContainerResizePolicy instance) {
    super(instance);
  }

  public V1ContainerResizePolicy build() {
    return toModel();
  }
}
