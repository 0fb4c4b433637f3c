package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SubjectAccessReview}: {@code new V1SubjectAccessReviewBuilder().withX(...)...build()}. */
public class V1SubjectAccessReviewBuilder extends V1SubjectAccessReviewFluent<V1SubjectAccessReviewBuilder> {
  public V1SubjectAccessReviewBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SubjectAccessReviewBuilder(V1SubjectAccessReview instance) {
    super(instance);
  }

  public V1SubjectAccessReview build() {
    return toModel();
  }
}
