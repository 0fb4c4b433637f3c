package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1LeaseCandidateSpec}: {@code new V1beta1LeaseCandidateSpecBuilder().withX(...)...build()}. */
public class V1beta1LeaseCandidateSpecBuilder extends V1beta1LeaseCandidateSpecFluent<V1beta1LeaseCandidateSpecBuilder> {
  public V1beta1LeaseCandidateSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1LeaseCandidateSpecBuilder(V1beta1LeaseCandidateSpec instance) {
    super(instance);
  }

  public V1beta1LeaseCandidateSpec build() {
    return toModel();
  }
}
