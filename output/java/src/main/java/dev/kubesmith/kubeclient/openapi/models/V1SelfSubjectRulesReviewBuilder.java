package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SelfSubjectRulesReview}: {@code new V1SelfSubjectRulesReviewBuilder().withX(...)...build()}. */
public class V1SelfSubjectRulesReviewBuilder extends V1SelfSubjectRulesReviewFluent<V1SelfSubjectRulesReviewBuilder> {
  public V1SelfSubjectRulesReviewBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SelfSubjectRulesReviewBuilder(V1SelfSubjectRulesReview instance) {
    super(instance);
  }

  public V1SelfSubjectRulesReview build() {
    return toModel();
  }
}
