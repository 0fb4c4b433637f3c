package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionSpec}: {@code new V1alpha1EvictionSpecBuilder().withX(...)...build()}. */
public class V1alpha1EvictionSpecBuilder extends V1alpha1EvictionSpecFluent<V1alpha1EvictionSpecBuilder> {
  public V1alpha1EvictionSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionSpecBuilder(V1alpha1EvictionSpec instance) {
    super(instance);
  }

  public V1alpha1EvictionSpec build() {
    return toModel();
  }
}
