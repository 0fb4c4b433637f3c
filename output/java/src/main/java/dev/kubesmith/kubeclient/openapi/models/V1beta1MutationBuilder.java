package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1Mutation}: {@code new V1beta1MutationBuilder().withX(...)...build()}. */
public class V1beta1MutationBuilder extends V1beta1MutationFluent<V1beta1MutationBuilder> {
  public V1beta1MutationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1MutationBuilder(V1beta1Mutation instance) {
    super(instance);
  }

  public V1beta1Mutation build() {
    return toModel();
  }
}
