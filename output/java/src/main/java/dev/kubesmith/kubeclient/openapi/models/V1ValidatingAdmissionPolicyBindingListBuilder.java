package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingAdmissionPolicyBindingList}: {@code new V1ValidatingAdmissionPolicyBindingListBuilder().withX(...)...build()}. */
public class V1ValidatingAdmissionPolicyBindingListBuilder extends V1ValidatingAdmissionPolicyBindingListFluent<V1ValidatingAdmissionPolicyBindingListBuilder> {
  public V1ValidatingAdmissionPolicyBindingListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingAdmissionPolicyBindingListBuilder(V1ValidatingAdmissionPolicyBindingList instance) {
    super(instance);
  }

  public V1ValidatingAdmissionPolicyBindingList build() {
    return toModel();
  }
}
