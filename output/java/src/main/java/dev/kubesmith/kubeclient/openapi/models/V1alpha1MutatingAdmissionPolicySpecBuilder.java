package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1MutatingAdmissionPolicySpec}: {@code new V1alpha1MutatingAdmissionPolicySpecBuilder().withX(...)...build()}. */
public class V1alpha1MutatingAdmissionPolicySpecBuilder extends V1alpha1MutatingAdmissionPolicySpecFluent<V1alpha1MutatingAdmissionPolicySpecBuilder> {
  public V1alpha1MutatingAdmissionPolicySpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1MutatingAdmissionPolicySpecBuilder(V1alpha1MutatingAdmissionPolicySpec instance) {
    super(instance);
  }

  public V1alpha1MutatingAdmissionPolicySpec build() {
    return toModel();
  }
}
