package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadPodGroupResourceClaim}: {@code new V1alpha3WorkloadPodGroupResourceClaimBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadPodGroupResourceClaimBuilder extends V1alpha3WorkloadPodGroupResourceClaimFluent<V1alpha3WorkloadPodGroupResourceClaimBuilder> {
  public V1alpha3WorkloadPodGroupResourceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadPodGroupResourceClaimBuilder(V1alpha3WorkloadPodGroupResourceClaim instance) {
    super(instance);
  }

  public V1alpha3WorkloadPodGroupResourceClaim build() {
    return toModel();
  }
}
