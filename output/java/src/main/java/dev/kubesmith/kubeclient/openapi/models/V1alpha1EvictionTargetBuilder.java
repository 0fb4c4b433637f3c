package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionTarget}: {@code new V1alpha1EvictionTargetBuilder().withX(...)...build()}. */
public class V1alpha1EvictionTargetBuilder extends V1alpha1EvictionTargetFluent<V1alpha1EvictionTargetBuilder> {
  public V1alpha1EvictionTargetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionTargetBuilder(V1alpha1EvictionTarget instance) {
    super(instance);
  }

  public V1alpha1EvictionTarget build() {
    return toModel();
  }
}
