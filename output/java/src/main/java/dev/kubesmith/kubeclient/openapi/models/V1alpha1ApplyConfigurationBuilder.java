package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1ApplyConfiguration}: {@code new V1alpha1ApplyConfigurationBuilder().withX(...)...build()}. */
public class V1alpha1ApplyConfigurationBuilder extends V1alpha1ApplyConfigurationFluent<V1alpha1ApplyConfigurationBuilder> {
  public V1alpha1ApplyConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1ApplyConfigurationBuilder(V1alpha1ApplyConfiguration instance) {
    super(instance);
  }

  public V1alpha1ApplyConfiguration build() {
    return toModel();
  }
}
