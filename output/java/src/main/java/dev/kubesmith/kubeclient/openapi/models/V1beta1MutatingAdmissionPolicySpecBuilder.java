package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1MutatingAdmissionPolicySpec}: {@code new V1beta1MutatingAdmissionPolicySpecBuilder().withX(...)...build()}. */
public class V1beta1MutatingAdmissionPolicySpecBuilder extends V1beta1MutatingAdmissionPolicySpecFluent<V1beta1MutatingAdmissionPolicySpecBuilder> {
  public V1beta1MutatingAdmissionPolicySpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1MutatingAdmissionPolicySpecBuilder(V1beta1MutatingAdmissionPolicySpec instance) {
    super(instance);
  }

  public V1beta1MutatingAdmissionPolicySpec build() {
    return toModel();
  }
}
