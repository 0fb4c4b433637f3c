package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ApplyConfiguration}: {@code new V1beta1ApplyConfigurationBuilder().withX(...)...build()}. */
public class V1beta1ApplyConfigurationBuilder extends V1beta1ApplyConfigurationFluent<V1beta1ApplyConfigurationBuilder> {
  public V1beta1ApplyConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ApplyConfigurationBuilder(V1beta1ApplyConfiguration instance) {
    super(instance);
  }

  public V1beta1ApplyConfiguration build() {
    return toModel();
  }
}
