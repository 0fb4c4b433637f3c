package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1ResponderStatus}: {@code new V1alpha1ResponderStatusBuilder().withX(...)...build()}. */
public class V1alpha1ResponderStatusBuilder extends V1alpha1ResponderStatusFluent<V1alpha1ResponderStatusBuilder> {
  public V1alpha1ResponderStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1ResponderStatusBuilder(V1alpha1ResponderStatus instance) {
    super(instance);
  }

  public V1alpha1ResponderStatus build() {
    return toModel();
  }
}
