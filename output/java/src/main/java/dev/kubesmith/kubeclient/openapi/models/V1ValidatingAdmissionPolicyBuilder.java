package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingAdmissionPolicy}: {@code new V1ValidatingAdmissionPolicyBuilder().withX(...)...build()}. */
public class V1ValidatingAdmissionPolicyBuilder extends V1ValidatingAdmissionPolicyFluent<V1ValidatingAdmissionPolicyBuilder> {
  public V1ValidatingAdmissionPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingAdmissionPolicyBuilder(V1ValidatingAdmissionPolicy instance) {
    super(instance);
  }

  public V1ValidatingAdmissionPolicy build() {
    return toModel();
  }
}
