package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1LeaseCandidateList}: {@code new V1beta1LeaseCandidateListBuilder().withX(...)...build()}. */
public class V1beta1LeaseCandidateListBuilder extends V1beta1LeaseCandidateListFluent<V1beta1LeaseCandidateListBuilder> {
  public V1beta1LeaseCandidateListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1LeaseCandidateListBuilder(V1beta1LeaseCandidateList instance) {
    super(instance);
  }

  public V1beta1LeaseCandidateList build() {
    return toModel();
  }
}
