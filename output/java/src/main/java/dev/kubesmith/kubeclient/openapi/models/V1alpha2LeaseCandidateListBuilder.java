package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha2LeaseCandidateList}: {@code new V1alpha2LeaseCandidateListBuilder().withX(...)...build()}. */
public class V1alpha2LeaseCandidateListBuilder extends V1alpha2LeaseCandidateListFluent<V1alpha2LeaseCandidateListBuilder> {
  public V1alpha2LeaseCandidateListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha2LeaseCandidateListBuilder(V1alpha2LeaseCandidateList instance) {
    super(instance);
  }

  public V1alpha2LeaseCandidateList build() {
    return toModel();
  }
}
