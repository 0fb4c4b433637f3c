package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TokenReviewSpec}: {@code new V1TokenReviewSpecBuilder().withX(...)...build()}. */
public class V1TokenReviewSpecBuilder extends V1TokenReviewSpecFluent<V1TokenReviewSpecBuilder> {
  public V1TokenReviewSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TokenReviewSpecBuilder(V1TokenReviewSpec instance) {
    super(instance);
  }

  public V1TokenReviewSpec build() {
    return toModel();
  }
}
