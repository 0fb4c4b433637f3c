package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SessionAffinityConfig}: {@code new V1SessionAffinityConfigBuilder().withX(...)...build()}. */
public class V1SessionAffinityConfigBuilder extends V1SessionAffinityConfigFluent<V1SessionAffinityConfigBuilder> {
  public V1SessionAffinityConfigBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SessionAffinityConfigBuilder(V1SessionAffinityConfig instance) {
    super(instance);
  }

  public V1SessionAffinityConfig build() {
    return toModel();
  }
}
