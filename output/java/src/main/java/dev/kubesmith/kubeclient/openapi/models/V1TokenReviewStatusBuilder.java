package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TokenReviewStatus}: {@code new V1TokenReviewStatusBuilder().withX(...)...build()}. */
public class V1TokenReviewStatusBuilder extends V1TokenReviewStatusFluent<V1TokenReviewStatusBuilder> {
  public V1TokenReviewStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TokenReviewStatusBuilder(V1TokenReviewStatus instance) {
    super(instance);
  }

  public V1TokenReviewStatus build() {
    return toModel();
  }
}
