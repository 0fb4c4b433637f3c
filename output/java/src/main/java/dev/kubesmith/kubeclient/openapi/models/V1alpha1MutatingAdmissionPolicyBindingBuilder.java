package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1MutatingAdmissionPolicyBinding}: {@code new V1alpha1MutatingAdmissionPolicyBindingBuilder().withX(...)...build()}. */
public class V1alpha1MutatingAdmissionPolicyBindingBuilder extends V1alpha1MutatingAdmissionPolicyBindingFluent<V1alpha1MutatingAdmissionPolicyBindingBuilder> {
  public V1alpha1MutatingAdmissionPolicyBindingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1MutatingAdmissionPolicyBindingBuilder(V1alpha1MutatingAdmissionPolicyBinding instance) {
    super(instance);
  }

  public V1alpha1MutatingAdmissionPolicyBinding build() {
    return toModel();
  }
}
