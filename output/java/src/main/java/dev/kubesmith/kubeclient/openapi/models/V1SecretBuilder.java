package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Secret}: {@code new V1SecretBuilder().withX(...)...build()}. */
public class V1SecretBuilder extends V1SecretFluent<V1SecretBuilder> {
  public V1SecretBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SecretBuilder(V1Secret instance) {
    super(instance);
  }

  public V1Secret build() {
    return toModel();
  }
}
