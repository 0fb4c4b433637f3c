package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MutatingAdmissionPolicyBinding}: {@code new V1MutatingAdmissionPolicyBindingBuilder().withX(...)...build()}. */
public class V1MutatingAdmissionPolicyBindingBuilder extends V1MutatingAdmissionPolicyBindingFluent<V1MutatingAdmissionPolicyBindingBuilder> {
  public V1MutatingAdmissionPolicyBindingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutatingAdmissionPolicyBindingBuilder(V1MutatingAdmissionPolicyBinding instance) {
    super(instance);
  }

  public V1MutatingAdmissionPolicyBinding build() {
    return toModel();
  }
}
