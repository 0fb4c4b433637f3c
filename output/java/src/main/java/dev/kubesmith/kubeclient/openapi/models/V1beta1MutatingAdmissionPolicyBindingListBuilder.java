package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1MutatingAdmissionPolicyBindingList}: {@code new V1beta1MutatingAdmissionPolicyBindingListBuilder().withX(...)...build()}. */
public class V1beta1MutatingAdmissionPolicyBindingListBuilder extends V1beta1MutatingAdmissionPolicyBindingListFluent<V1beta1MutatingAdmissionPolicyBindingListBuilder> {
  public V1beta1MutatingAdmissionPolicyBindingListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1MutatingAdmissionPolicyBindingListBuilder(V1beta1MutatingAdmissionPolicyBindingList instance) {
    super(instance);
  }

  public V1beta1MutatingAdmissionPolicyBindingList build() {
    return toModel();
  }
}
