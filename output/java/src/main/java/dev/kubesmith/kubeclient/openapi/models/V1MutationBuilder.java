package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Mutation}: {@code new V1MutationBuilder().withX(...)...build()}. */
public class V1MutationBuilder extends V1MutationFluent<V1MutationBuilder> {
  public V1MutationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutationBuilder(V1Mutation instance) {
    super(instance);
  }

  public V1Mutation build() {
    return toModel();
  }
}
