package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingAdmissionPolicyBinding}: {@code new V1ValidatingAdmissionPolicyBindingBuilder().withX(...)...build()}. */
public class V1ValidatingAdmissionPolicyBindingBuilder extends V1ValidatingAdmissionPolicyBindingFluent<V1ValidatingAdmissionPolicyBindingBuilder> {
  public V1ValidatingAdmissionPolicyBindingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingAdmissionPolicyBindingBuilder(V1ValidatingAdmissionPolicyBinding instance) {
    super(instance);
  }

  public V1ValidatingAdmissionPolicyBinding build() {
    return toModel();
  }
}
