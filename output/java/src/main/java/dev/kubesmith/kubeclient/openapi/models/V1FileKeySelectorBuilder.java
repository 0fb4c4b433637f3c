package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FileKeySelector}: {@code new V1FileKeySelectorBuilder().withX(...)...build()}. */
public class V1FileKeySelectorBuilder extends V1FileKeySelectorFluent<V1FileKeySelectorBuilder> {
  public V1FileKeySelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FileKeySelectorBuilder(V1FileKeySelector instance) {
    super(instance);
  }

  public V1FileKeySelector build() {
    return toModel();
  }
}
