package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingAdmissionPolicyBindingSpec}: {@code new V1ValidatingAdmissionPolicyBindingSpecBuilder().withX(...)...build()}. */
public class V1ValidatingAdmissionPolicyBindingSpecBuilder extends V1ValidatingAdmissionPolicyBindingSpecFluent<V1ValidatingAdmissionPolicyBindingSpecBuilder> {
  public V1ValidatingAdmissionPolicyBindingSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingAdmissionPolicyBindingSpecBuilder(V1ValidatingAdmissionPolicyBindingSpec instance) {
    super(instance);
  }

  public V1ValidatingAdmissionPolicyBindingSpec build() {
    return toModel();
  }
}
