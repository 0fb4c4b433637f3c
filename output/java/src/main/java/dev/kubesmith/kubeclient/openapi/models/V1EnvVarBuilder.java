package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EnvVar}: {@code new V1EnvVarBuilder().withX(...)...build()}. */
public class V1EnvVarBuilder extends V1EnvVarFluent<V1EnvVarBuilder> {
  public V1EnvVarBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EnvVarBuilder(V1EnvVar instance) {
    super(instance);
  }

  public V1EnvVar build() {
    return toModel();
  }
}
