package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodResourceClaimStatus}: {@code new V1PodResourceClaimStatusBuilder().withX(...)...build()}. */
public class V1PodResourceClaimStatusBuilder extends V1PodResourceClaimStatusFluent<V1PodResourceClaimStatusBuilder> {
  public V1PodResourceClaimStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodResourceClaimStatusBuilder(V1PodResourceClaimStatus instance) {
    super(instance);
  }

  public V1PodResourceClaimStatus build() {
    return toModel();
  }
}
