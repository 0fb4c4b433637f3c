package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EnvVarSource}: {@code new V1EnvVarSourceBuilder().withX(...)...build()}. */
public class V1EnvVarSourceBuilder extends V1EnvVarSourceFluent<V1EnvVarSourceBuilder> {
  public V1EnvVarSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EnvVarSourceBuilder(V1EnvVarSource instance) {
    super(instance);
  }

  public V1EnvVarSource build() {
    return toModel();
  }
}
