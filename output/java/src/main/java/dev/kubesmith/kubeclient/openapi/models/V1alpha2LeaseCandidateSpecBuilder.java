package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha2LeaseCandidateSpec}: {@code new V1alpha2LeaseCandidateSpecBuilder().withX(...)...build()}. */
public class V1alpha2LeaseCandidateSpecBuilder extends V1alpha2LeaseCandidateSpecFluent<V1alpha2LeaseCandidateSpecBuilder> {
  public V1alpha2LeaseCandidateSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha2LeaseCandidateSpecBuilder(V1alpha2LeaseCandidateSpec instance) {
    super(instance);
  }

  public V1alpha2LeaseCandidateSpec build() {
    return toModel();
  }
}
