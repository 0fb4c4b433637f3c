package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodGroupResourceClaimStatus}: {@code new V1beta1PodGroupResourceClaimStatusBuilder().withX(...)...build()}. */
public class V1beta1PodGroupResourceClaimStatusBuilder extends V1beta1PodGroupResourceClaimStatusFluent<V1beta1PodGroupResourceClaimStatusBuilder> {
  public V1beta1PodGroupResourceClaimStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodGroupResourceClaimStatusBuilder(V1beta1PodGroupResourceClaimStatus instance) {
    super(instance);
  }

  public V1beta1PodGroupResourceClaimStatus build() {
    return toModel();
  }
}
