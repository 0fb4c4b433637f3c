package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingAdmissionPolicySpec}: {@code new V1ValidatingAdmissionPolicySpecBuilder().withX(...)...build()}. */
public class V1ValidatingAdmissionPolicySpecBuilder extends V1ValidatingAdmissionPolicySpecFluent<V1ValidatingAdmissionPolicySpecBuilder> {
  public V1ValidatingAdmissionPolicySpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingAdmissionPolicySpecBuilder(V1ValidatingAdmissionPolicySpec instance) {
    super(instance);
  }

  public V1ValidatingAdmissionPolicySpec build() {
    return toModel();
  }
}
