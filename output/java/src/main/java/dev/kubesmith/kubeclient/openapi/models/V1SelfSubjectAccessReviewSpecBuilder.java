package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SelfSubjectAccessReviewSpec}: {@code new V1SelfSubjectAccessReviewSpecBuilder().withX(...)...build()}. */
public class V1SelfSubjectAccessReviewSpecBuilder extends V1SelfSubjectAccessReviewSpecFluent<V1SelfSubjectAccessReviewSpecBuilder> {
  public V1SelfSubjectAccessReviewSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SelfSubjectAccessReviewSpecBuilder(V1SelfSubjectAccessReviewSpec instance) {
    super(instance);
  }

  public V1SelfSubjectAccessReviewSpec build() {
    return toModel();
  }
}
