package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha2LeaseCandidate}: {@code new V1alpha2LeaseCandidateBuilder().withX(...)...build()}. */
public class V1alpha2LeaseCandidateBuilder extends V1alpha2LeaseCandidateFluent<V1alpha2LeaseCandidateBuilder> {
  public V1alpha2LeaseCandidateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha2LeaseCandidateBuilder(V1alpha2LeaseCandidate instance) {
    super(instance);
  }

  public V1alpha2LeaseCandidate build() {
    return toModel();
  }
}
