package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EnvFromSource}: {@code new V1EnvFromSourceBuilder().withX(...)...build()}. */
public class V1EnvFromSourceBuilder extends V1EnvFromSourceFluent<V1EnvFromSourceBuilder> {
  public V1EnvFromSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EnvFromSourceBuilder(V1EnvFromSource instance) {
    super(instance);
  }

  public V1EnvFromSource build() {
    return toModel();
  }
}
