package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1Eviction}: {@code new V1alpha1EvictionBuilder().withX(...)...build()}. */
public class V1alpha1EvictionBuilder extends V1alpha1EvictionFluent<V1alpha1EvictionBuilder> {
  public V1alpha1EvictionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionBuilder(V1alpha1Eviction instance) {
    super(instance);
  }

  public V1alpha1Eviction build() {
    return toModel();
  }
}
