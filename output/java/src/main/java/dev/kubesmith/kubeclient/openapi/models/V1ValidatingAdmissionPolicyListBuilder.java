package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingAdmissionPolicyList}: {@code new V1ValidatingAdmissionPolicyListBuilder().withX(...)...build()}. */
public class V1ValidatingAdmissionPolicyListBuilder extends V1ValidatingAdmissionPolicyListFluent<V1ValidatingAdmissionPolicyListBuilder> {
  public V1ValidatingAdmissionPolicyListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingAdmissionPolicyListBuilder(V1ValidatingAdmissionPolicyList instance) {
    super(instance);
  }

  public V1ValidatingAdmissionPolicyList build() {
    return toModel();
  }
}
