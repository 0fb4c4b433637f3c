package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PodGroupResourceClaimStatus}: {@code new V1alpha3PodGroupResourceClaimStatusBuilder().withX(...)...build()}. */
public class V1alpha3PodGroupResourceClaimStatusBuilder extends V1alpha3PodGroupResourceClaimStatusFluent<V1alpha3PodGroupResourceClaimStatusBuilder> {
  public V1alpha3PodGroupResourceClaimStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PodGroupResourceClaimStatusBuilder(V1alpha3PodGroupResourceClaimStatus instance) {
    super(instance);
  }

  public V1alpha3PodGroupResourceClaimStatus build() {
    return toModel();
  }
}
