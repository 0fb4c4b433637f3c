package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SelfSubjectReviewStatus}: {@code new V1SelfSubjectReviewStatusBuilder().withX(...)...build()}. */
public class V1SelfSubjectReviewStatusBuilder extends V1SelfSubjectReviewStatusFluent<V1SelfSubjectReviewStatusBuilder> {
  public V1SelfSubjectReviewStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SelfSubjectReviewStatusBuilder(V1SelfSubjectReviewStatus instance) {
    super(instance);
  }

  public V1SelfSubjectReviewStatus build() {
    return toModel();
  }
}
