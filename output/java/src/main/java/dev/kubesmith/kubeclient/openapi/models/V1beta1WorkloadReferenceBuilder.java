package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1WorkloadReference}: {@code new V1beta1WorkloadReferenceBuilder().withX(...)...build()}. */
public class V1beta1WorkloadReferenceBuilder extends V1beta1WorkloadReferenceFluent<V1beta1WorkloadReferenceBuilder> {
  public V1beta1WorkloadReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1WorkloadReferenceBuilder(V1beta1WorkloadReference instance) {
    super(instance);
  }

  public V1beta1WorkloadReference build() {
    return toModel();
  }
}
