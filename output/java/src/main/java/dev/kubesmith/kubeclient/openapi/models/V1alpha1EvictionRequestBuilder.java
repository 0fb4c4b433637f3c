package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionRequest}: {@code new V1alpha1EvictionRequestBuilder().withX(...)...build()}. */
public class V1alpha1EvictionRequestBuilder extends V1alpha1EvictionRequestFluent<V1alpha1EvictionRequestBuilder> {
  public V1alpha1EvictionRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionRequestBuilder(V1alpha1EvictionRequest instance) {
    super(instance);
  }

  public V1alpha1EvictionRequest build() {
    return toModel();
  }
}
