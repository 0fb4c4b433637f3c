package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ConfigMapKeySelector}: {@code new V1ConfigMapKeySelectorBuilder().withX(...)...build()}. */
public class V1ConfigMapKeySelectorBuilder extends V1ConfigMapKeySelectorFluent<V1ConfigMapKeySelectorBuilder> {
  public V1ConfigMapKeySelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ConfigMapKeySelectorBuilder(V1ConfigMapKeySelector instance) {
    super(instance);
  }

  public V1ConfigMapKeySelector build() {
    return toModel();
  }
}
