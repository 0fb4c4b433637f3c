package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SelfSubjectReview}: {@code new V1SelfSubjectReviewBuilder().withX(...)...build()}. */
public class V1SelfSubjectReviewBuilder extends V1SelfSubjectReviewFluent<V1SelfSubjectReviewBuilder> {
  public V1SelfSubjectReviewBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SelfSubjectReviewBuilder(V1SelfSubjectReview instance) {
    super(instance);
  }

  public V1SelfSubjectReview build() {
    return toModel();
  }
}
