package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadReference}: {@code new V1alpha3WorkloadReferenceBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadReferenceBuilder extends V1alpha3WorkloadReferenceFluent<V1alpha3WorkloadReferenceBuilder> {
  public V1alpha3WorkloadReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadReferenceBuilder(V1alpha3WorkloadReference instance) {
    super(instance);
  }

  public V1alpha3WorkloadReference build() {
    return toModel();
  }
}
