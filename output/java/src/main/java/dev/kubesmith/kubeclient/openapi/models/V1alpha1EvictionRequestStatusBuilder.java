package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionRequestStatus}: {@code new V1alpha1EvictionRequestStatusBuilder().withX(...)...build()}. */
public class V1alpha1EvictionRequestStatusBuilder extends V1alpha1EvictionRequestStatusFluent<V1alpha1EvictionRequestStatusBuilder> {
  public V1alpha1EvictionRequestStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionRequestStatusBuilder(V1alpha1EvictionRequestStatus instance) {
    super(instance);
  }

  public V1alpha1EvictionRequestStatus build() {
    return toModel();
  }
}
