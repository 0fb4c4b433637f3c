package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1MutatingAdmissionPolicyBinding}: {@code new V1beta1MutatingAdmissionPolicyBindingBuilder().withX(...)...build()}. */
public class V1beta1MutatingAdmissionPolicyBindingBuilder extends V1beta1MutatingAdmissionPolicyBindingFluent<V1beta1MutatingAdmissionPolicyBindingBuilder> {
  public V1beta1MutatingAdmissionPolicyBindingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1MutatingAdmissionPolicyBindingBuilder(V1beta1MutatingAdmissionPolicyBinding instance) {
    super(instance);
  }

  public V1beta1MutatingAdmissionPolicyBinding build() {
    return toModel();
  }
}
