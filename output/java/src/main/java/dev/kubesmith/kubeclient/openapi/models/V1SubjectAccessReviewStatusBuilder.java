package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SubjectAccessReviewStatus}: {@code new V1SubjectAccessReviewStatusBuilder().withX(...)...build()}. */
public class V1SubjectAccessReviewStatusBuilder extends V1SubjectAccessReviewStatusFluent<V1SubjectAccessReviewStatusBuilder> {
  public V1SubjectAccessReviewStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SubjectAccessReviewStatusBuilder(V1SubjectAccessReviewStatus instance) {
    super(instance);
  }

  public V1SubjectAccessReviewStatus build() {
    return toModel();
  }
}
