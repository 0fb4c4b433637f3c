package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1MutatingAdmissionPolicyList}: {@code new V1alpha1MutatingAdmissionPolicyListBuilder().withX(...)...build()}. */
public class V1alpha1MutatingAdmissionPolicyListBuilder extends V1alpha1MutatingAdmissionPolicyListFluent<V1alpha1MutatingAdmissionPolicyListBuilder> {
  public V1alpha1MutatingAdmissionPolicyListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1MutatingAdmissionPolicyListBuilder(V1alpha1MutatingAdmissionPolicyList instance) {
    super(instance);
  }

  public V1alpha1MutatingAdmissionPolicyList build() {
    return toModel();
  }
}
