package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1MutatingAdmissionPolicyList}: {@code new V1beta1MutatingAdmissionPolicyListBuilder().withX(...)...build()}. */
public class V1beta1MutatingAdmissionPolicyListBuilder extends V1beta1MutatingAdmissionPolicyListFluent<V1beta1MutatingAdmissionPolicyListBuilder> {
  public V1beta1MutatingAdmissionPolicyListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1MutatingAdmissionPolicyListBuilder(V1beta1MutatingAdmissionPolicyList instance) {
    super(instance);
  }

  public V1beta1MutatingAdmissionPolicyList build() {
    return toModel();
  }
}
