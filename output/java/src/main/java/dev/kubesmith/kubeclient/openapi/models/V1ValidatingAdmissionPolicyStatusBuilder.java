package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingAdmissionPolicyStatus}: {@code new V1ValidatingAdmissionPolicyStatusBuilder().withX(...)...build()}. */
public class V1ValidatingAdmissionPolicyStatusBuilder extends V1ValidatingAdmissionPolicyStatusFluent<V1ValidatingAdmissionPolicyStatusBuilder> {
  public V1ValidatingAdmissionPolicyStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingAdmissionPolicyStatusBuilder(V1ValidatingAdmissionPolicyStatus instance) {
    super(instance);
  }

  public V1ValidatingAdmissionPolicyStatus build() {
    return toModel();
  }
}
