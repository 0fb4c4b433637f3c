package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MutatingAdmissionPolicyList}: {@code new V1MutatingAdmissionPolicyListBuilder().withX(...)...build()}. */
public class V1MutatingAdmissionPolicyListBuilder extends V1MutatingAdmissionPolicyListFluent<V1MutatingAdmissionPolicyListBuilder> {
  public V1MutatingAdmissionPolicyListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutatingAdmissionPolicyListBuilder(V1MutatingAdmissionPolicyList instance) {
    super(instance);
  }

  public V1MutatingAdmissionPolicyList build() {
    return toModel();
  }
}
