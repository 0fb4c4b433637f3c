package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1LeaseCandidate}: {@code new V1beta1LeaseCandidateBuilder().withX(...)...build()}. */
public class V1beta1LeaseCandidateBuilder extends V1beta1LeaseCandidateFluent<V1beta1LeaseCandidateBuilder> {
  public V1beta1LeaseCandidateBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1LeaseCandidateBuilder(V1beta1LeaseCandidate instance) {
    super(instance);
  }

  public V1beta1LeaseCandidate build() {
    return toModel();
  }
}
