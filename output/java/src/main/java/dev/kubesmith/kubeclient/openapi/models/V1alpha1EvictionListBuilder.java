package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionList}: {@code new V1alpha1EvictionListBuilder().withX(...)...build()}. */
public class V1alpha1EvictionListBuilder extends V1alpha1EvictionListFluent<V1alpha1EvictionListBuilder> {
  public V1alpha1EvictionListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionListBuilder(V1alpha1EvictionList instance) {
    super(instance);
  }

  public V1alpha1EvictionList build() {
    return toModel();
  }
}
