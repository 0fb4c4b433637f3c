package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1MutatingAdmissionPolicy}: {@code new V1beta1MutatingAdmissionPolicyBuilder().withX(...)...build()}. */
public class V1beta1MutatingAdmissionPolicyBuilder extends V1beta1MutatingAdmissionPolicyFluent<V1beta1MutatingAdmissionPolicyBuilder> {
  public V1beta1MutatingAdmissionPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1MutatingAdmissionPolicyBuilder(V1beta1MutatingAdmissionPolicy instance) {
    super(instance);
  }

  public V1beta1MutatingAdmissionPolicy build() {
    return toModel();
  }
}
