package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SelfSubjectRulesReviewSpec}: {@code new V1SelfSubjectRulesReviewSpecBuilder().withX(...)...build()}. */
public class V1SelfSubjectRulesReviewSpecBuilder extends V1SelfSubjectRulesReviewSpecFluent<V1SelfSubjectRulesReviewSpecBuilder> {
  public V1SelfSubjectRulesReviewSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SelfSubjectRulesReviewSpecBuilder(V1SelfSubjectRulesReviewSpec instance) {
    super(instance);
  }

  public V1SelfSubjectRulesReviewSpec build() {
    return toModel();
  }
}
