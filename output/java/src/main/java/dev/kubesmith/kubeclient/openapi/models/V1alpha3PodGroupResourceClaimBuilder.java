package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PodGroupResourceClaim}: {@code new V1alpha3PodGroupResourceClaimBuilder().withX(...)...build()}. */
public class V1alpha3PodGroupResourceClaimBuilder extends V1alpha3PodGroupResourceClaimFluent<V1alpha3PodGroupResourceClaimBuilder> {
  public V1alpha3PodGroupResourceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PodGroupResourceClaimBuilder(V1alpha3PodGroupResourceClaim instance) {
    super(instance);
  }

  public V1alpha3PodGroupResourceClaim build() {
    return toModel();
  }
}
