package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeSpec}: {@code new V1NodeSpecBuilder().withX(...)...build()}. */
public class V1NodeSpecBuilder extends V1NodeSpecFluent<V1NodeSpecBuilder> {
  public V1NodeSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeSpecBuilder(V1NodeSpec instance) {
    super(instance);
  }

  public V1NodeSpec build() {
    return toModel();
  }
}
