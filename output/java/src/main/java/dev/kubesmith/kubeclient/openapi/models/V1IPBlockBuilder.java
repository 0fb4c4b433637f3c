package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IPBlock}: {@code new V1IPBlockBuilder().withX(...)...build()}. */
public class V1IPBlockBuilder extends V1IPBlockFluent<V1IPBlockBuilder> {
  public V1IPBlockBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IPBlockBuilder(V1IPBlock instance) {
    super(instance);
  }

  public V1IPBlock build() {
    return toModel();
  }
}
