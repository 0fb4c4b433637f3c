package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MutatingAdmissionPolicyBindingSpec}: {@code new V1MutatingAdmissionPolicyBindingSpecBuilder().withX(...)...build()}. */
public class V1MutatingAdmissionPolicyBindingSpecBuilder extends V1MutatingAdmissionPolicyBindingSpecFluent<V1MutatingAdmissionPolicyBindingSpecBuilder> {
  public V1MutatingAdmissionPolicyBindingSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutatingAdmissionPolicyBindingSpecBuilder(V1MutatingAdmissionPolicyBindingSpec instance) {
    super(instance);
  }

  public V1MutatingAdmissionPolicyBindingSpec build() {
    return toModel();
  }
}
