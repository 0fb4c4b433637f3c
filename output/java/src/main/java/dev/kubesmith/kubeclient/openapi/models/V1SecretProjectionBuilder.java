package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SecretProjection}: {@code new V1SecretProjectionBuilder().withX(...)...build()}. */
public class V1SecretProjectionBuilder extends V1SecretProjectionFluent<V1SecretProjectionBuilder> {
  public V1SecretProjectionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SecretProjectionBuilder(V1SecretProjection instance) {
    super(instance);
  }

  public V1SecretProjection build() {
    return toModel();
  }
}
