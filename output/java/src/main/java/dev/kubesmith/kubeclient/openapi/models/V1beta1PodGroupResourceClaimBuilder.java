package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodGroupResourceClaim}: {@code new V1beta1PodGroupResourceClaimBuilder().withX(...)...build()}. */
public class V1beta1PodGroupResourceClaimBuilder extends V1beta1PodGroupResourceClaimFluent<V1beta1PodGroupResourceClaimBuilder> {
  public V1beta1PodGroupResourceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodGroupResourceClaimBuilder(V1beta1PodGroupResourceClaim instance) {
    super(instance);
  }

  public V1beta1PodGroupResourceClaim build() {
    return toModel();
  }
}
