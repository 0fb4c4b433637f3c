package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1Mutation}: {@code new V1alpha1MutationBuilder().withX(...)...build()}. */
public class V1alpha1MutationBuilder extends V1alpha1MutationFluent<V1alpha1MutationBuilder> {
  public V1alpha1MutationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1MutationBuilder(V1alpha1Mutation instance) {
    super(instance);
  }

  public V1alpha1Mutation build() {
    return toModel();
  }
}
