package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SubjectAccessReviewSpec}: {@code new V1SubjectAccessReviewSpecBuilder().withX(...)...build()}. */
public class V1SubjectAccessReviewSpecBuilder extends V1SubjectAccessReviewSpecFluent<V1SubjectAccessReviewSpecBuilder> {
  public V1SubjectAccessReviewSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SubjectAccessReviewSpecBuilder(V1SubjectAccessReviewSpec instance) {
    super(instance);
  }

  public V1SubjectAccessReviewSpec build() {
    return toModel();
  }
}
