package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ApplyConfiguration}: {@code new V1ApplyConfigurationBuilder().withX(...)...build()}. */
public class V1ApplyConfigurationBuilder extends V1ApplyConfigurationFluent<V1ApplyConfigurationBuilder> {
  public V1ApplyConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ApplyConfigurationBuilder(V1ApplyConfiguration instance) {
    super(instance);
  }

  public V1ApplyConfiguration build() {
    return toModel();
  }
}
