package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionRequestList}: {@code new V1alpha1EvictionRequestListBuilder().withX(...)...build()}. */
public class V1alpha1EvictionRequestListBuilder extends V1alpha1EvictionRequestListFluent<V1alpha1EvictionRequestListBuilder> {
  public V1alpha1EvictionRequestListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionRequestListBuilder(V1alpha1EvictionRequestList instance) {
    super(instance);
  }

  public V1alpha1EvictionRequestList build() {
    return toModel();
  }
}
