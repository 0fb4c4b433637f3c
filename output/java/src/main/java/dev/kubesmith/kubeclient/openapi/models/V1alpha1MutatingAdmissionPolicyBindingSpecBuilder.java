package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1MutatingAdmissionPolicyBindingSpec}: {@code new V1alpha1MutatingAdmissionPolicyBindingSpecBuilder().withX(...)...build()}. */
public class V1alpha1MutatingAdmissionPolicyBindingSpecBuilder extends V1alpha1MutatingAdmissionPolicyBindingSpecFluent<V1alpha1MutatingAdmissionPolicyBindingSpecBuilder> {
  public V1alpha1MutatingAdmissionPolicyBindingSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1MutatingAdmissionPolicyBindingSpecBuilder(V1alpha1MutatingAdmissionPolicyBindingSpec instance) {
    super(instance);
  }

  public V1alpha1MutatingAdmissionPolicyBindingSpec build() {
    return toModel();
  }
}
