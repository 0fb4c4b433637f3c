package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SecretKeySelector}: {@code new V1SecretKeySelectorBuilder().withX(...)...build()}. */
public class V1SecretKeySelectorBuilder extends V1SecretKeySelectorFluent<V1SecretKeySelectorBuilder> {
  public V1SecretKeySelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SecretKeySelectorBuilder(V1SecretKeySelector instance) {
    super(instance);
  }

  public V1SecretKeySelector build() {
    return toModel();
  }
}
