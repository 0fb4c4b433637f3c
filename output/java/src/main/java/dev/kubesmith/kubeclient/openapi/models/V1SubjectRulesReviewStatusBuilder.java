package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SubjectRulesReviewStatus}: {@code new V1SubjectRulesReviewStatusBuilder().withX(...)...build()}. */
public class V1SubjectRulesReviewStatusBuilder extends V1SubjectRulesReviewStatusFluent<V1SubjectRulesReviewStatusBuilder> {
  public V1SubjectRulesReviewStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SubjectRulesReviewStatusBuilder(V1SubjectRulesReviewStatus instance) {
    super(instance);
  }

  public V1SubjectRulesReviewStatus build() {
    return toModel();
  }
}
