package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MutatingAdmissionPolicyBindingList}: {@code new V1MutatingAdmissionPolicyBindingListBuilder().withX(...)...build()}. */
public class V1MutatingAdmissionPolicyBindingListBuilder extends V1MutatingAdmissionPolicyBindingListFluent<V1MutatingAdmissionPolicyBindingListBuilder> {
  public V1MutatingAdmissionPolicyBindingListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutatingAdmissionPolicyBindingListBuilder(V1MutatingAdmissionPolicyBindingList instance) {
    super(instance);
  }

  public V1MutatingAdmissionPolicyBindingList build() {
    return toModel();
  }
}
