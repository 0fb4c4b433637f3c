package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SecretEnvSource}: {@code new V1SecretEnvSourceBuilder().withX(...)...build()}. */
public class V1SecretEnvSourceBuilder extends V1SecretEnvSourceFluent<V1SecretEnvSourceBuilder> {
  public V1SecretEnvSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SecretEnvSourceBuilder(V1SecretEnvSource instance) {
    super(instance);
  }

  public V1SecretEnvSource build() {
    return toModel();
  }
}
