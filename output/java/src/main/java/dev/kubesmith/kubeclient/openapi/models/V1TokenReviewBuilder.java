package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TokenReview}: {@code new V1TokenReviewBuilder().withX(...)...build()}. */
public class V1TokenReviewBuilder extends V1TokenReviewFluent<V1TokenReviewBuilder> {
  public V1TokenReviewBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TokenReviewBuilder(V1TokenReview instance) {
    super(instance);
  }

  public V1TokenReview build() {
    return toModel();
  }
}
