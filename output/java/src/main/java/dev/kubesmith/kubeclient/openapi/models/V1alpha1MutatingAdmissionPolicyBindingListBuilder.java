package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1MutatingAdmissionPolicyBindingList}: {@code new V1alpha1MutatingAdmissionPolicyBindingListBuilder().withX(...)...build()}. */
public class V1alpha1MutatingAdmissionPolicyBindingListBuilder extends V1alpha1MutatingAdmissionPolicyBindingListFluent<V1alpha1MutatingAdmissionPolicyBindingListBuilder> {
  public V1alpha1MutatingAdmissionPolicyBindingListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1MutatingAdmissionPolicyBindingListBuilder(V1alpha1MutatingAdmissionPolicyBindingList instance) {
    super(instance);
  }

  public V1alpha1MutatingAdmissionPolicyBindingList build() {
    return toModel();
  }
}
