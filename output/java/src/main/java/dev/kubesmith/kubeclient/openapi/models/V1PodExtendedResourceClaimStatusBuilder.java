package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodExtendedResourceClaimStatus}: {@code new V1PodExtendedResourceClaimStatusBuilder().withX(...)...build()}. */
public class V1PodExtendedResourceClaimStatusBuilder extends V1PodExtendedResourceClaimStatusFluent<V1PodExtendedResourceClaimStatusBuilder> {
  public V1PodExtendedResourceClaimStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodExtendedResourceClaimStatusBuilder(V1PodExtendedResourceClaimStatus instance) {
    super(instance);
  }

  public V1PodExtendedResourceClaimStatus build() {
    return toModel();
  }
}
