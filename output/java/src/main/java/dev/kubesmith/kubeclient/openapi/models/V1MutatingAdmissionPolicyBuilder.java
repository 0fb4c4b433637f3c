package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MutatingAdmissionPolicy}: {@code new V1MutatingAdmissionPolicyBuilder().withX(...)...build()}. */
public class V1MutatingAdmissionPolicyBuilder extends V1MutatingAdmissionPolicyFluent<V1MutatingAdmissionPolicyBuilder> {
  public V1MutatingAdmissionPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutatingAdmissionPolicyBuilder(V1MutatingAdmissionPolicy instance) {
    super(instance);
  }

  public V1MutatingAdmissionPolicy build() {
    return toModel();
  }
}
