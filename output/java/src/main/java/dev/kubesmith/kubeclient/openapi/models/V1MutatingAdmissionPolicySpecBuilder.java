package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MutatingAdmissionPolicySpec}: {@code new V1MutatingAdmissionPolicySpecBuilder().withX(...)...build()}. */
public class V1MutatingAdmissionPolicySpecBuilder extends V1MutatingAdmissionPolicySpecFluent<V1MutatingAdmissionPolicySpecBuilder> {
  public V1MutatingAdmissionPolicySpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutatingAdmissionPolicySpecBuilder(V1MutatingAdmissionPolicySpec instance) {
    super(instance);
  }

  public V1MutatingAdmissionPolicySpec build() {
    return toModel();
  }
}
