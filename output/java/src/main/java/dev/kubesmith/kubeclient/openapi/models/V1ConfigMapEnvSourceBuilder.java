package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ConfigMapEnvSource}: {@code new V1ConfigMapEnvSourceBuilder().withX(...)...build()}. */
public class V1ConfigMapEnvSourceBuilder extends V1ConfigMapEnvSourceFluent<V1ConfigMapEnvSourceBuilder> {
  public V1ConfigMapEnvSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ConfigMapEnvSourceBuilder(V1ConfigMapEnvSource instance) {
    super(instance);
  }

  public V1ConfigMapEnvSource build() {
    return toModel();
  }
}
