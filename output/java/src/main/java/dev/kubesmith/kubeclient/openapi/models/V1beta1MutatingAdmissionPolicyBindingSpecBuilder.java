package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1MutatingAdmissionPolicyBindingSpec}: {@code new V1beta1MutatingAdmissionPolicyBindingSpecBuilder().withX(...)...build()}. */
public class V1beta1MutatingAdmissionPolicyBindingSpecBuilder extends V1beta1MutatingAdmissionPolicyBindingSpecFluent<V1beta1MutatingAdmissionPolicyBindingSpecBuilder> {
  public V1beta1MutatingAdmissionPolicyBindingSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1MutatingAdmissionPolicyBindingSpecBuilder(V1beta1MutatingAdmissionPolicyBindingSpec instance) {
    super(instance);
  }

  public V1beta1MutatingAdmissionPolicyBindingSpec build() {
    return toModel();
  }
}
