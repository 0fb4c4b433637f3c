package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LocalSubjectAccessReview}: {@code new V1LocalSubjectAccessReviewBuilder().withX(...)...build()}. */
public class V1LocalSubjectAccessReviewBuilder extends V1LocalSubjectAccessReviewFluent<V1LocalSubjectAccessReviewBuilder> {
  public V1LocalSubjectAccessReviewBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LocalSubjectAccessReviewBuilder(V1LocalSubjectAccessReview instance) {
    super(instance);
  }

  public V1LocalSubjectAccessReview build() {
    return toModel();
  }
}
