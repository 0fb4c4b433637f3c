package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SelfSubjectAccessReview}: {@code new V1SelfSubjectAccessReviewBuilder().withX(...)...build()}. */
public class V1SelfSubjectAccessReviewBuilder extends V1SelfSubjectAccessReviewFluent<V1SelfSubjectAccessReviewBuilder> {
  public V1SelfSubjectAccessReviewBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SelfSubjectAccessReviewBuilder(V1SelfSubjectAccessReview instance) {
    super(instance);
  }

  public V1SelfSubjectAccessReview build() {
    return toModel();
  }
}
