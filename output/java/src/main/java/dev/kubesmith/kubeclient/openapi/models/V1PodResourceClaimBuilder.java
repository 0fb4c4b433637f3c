package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodResourceClaim}: {@code new V1PodResourceClaimBuilder().withX(...)...build()}. */
public class V1PodResourceClaimBuilder extends V1PodResourceClaimFluent<V1PodResourceClaimBuilder> {
  public V1PodResourceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodResourceClaimBuilder(V1PodResourceClaim instance) {
    super(instance);
  }

  public V1PodResourceClaim build() {
    return toModel();
  }
}
