package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1MutatingAdmissionPolicy}: {@code new V1alpha1MutatingAdmissionPolicyBuilder().withX(...)...build()}. */
public class V1alpha1MutatingAdmissionPolicyBuilder extends V1alpha1MutatingAdmissionPolicyFluent<V1alpha1MutatingAdmissionPolicyBuilder> {
  public V1alpha1MutatingAdmissionPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1MutatingAdmissionPolicyBuilder(V1alpha1MutatingAdmissionPolicy instance) {
    super(instance);
  }

  public V1alpha1MutatingAdmissionPolicy build() {
    return toModel();
  }
}
