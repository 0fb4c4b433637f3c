package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SeccompProfile}: {@code new V1SeccompProfileBuilder().withX(...)...build()}. */
public class V1SeccompProfileBuilder extends V1SeccompProfileFluent<V1SeccompProfileBuilder> {
  public V1SeccompProfileBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SeccompProfileBuilder(V1SeccompProfile instance) {
    super(instance);
  }

  public V1SeccompProfile build() {
    return toModel();
  }
}
