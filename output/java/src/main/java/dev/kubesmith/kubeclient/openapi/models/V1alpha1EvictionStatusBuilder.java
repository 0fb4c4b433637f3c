package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1EvictionStatus}: {@code new V1alpha1EvictionStatusBuilder().withX(...)...build()}. */
public class V1alpha1EvictionStatusBuilder extends V1alpha1EvictionStatusFluent<V1alpha1EvictionStatusBuilder> {
  public V1alpha1EvictionStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1EvictionStatusBuilder(V1alpha1EvictionStatus instance) {
    super(instance);
  }

  public V1alpha1EvictionStatus build() {
    return toModel();
  }
}
