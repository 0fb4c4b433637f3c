package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CapacityRequestPolicyRange}: {@code new V1beta1CapacityRequestPolicyRangeBuilder().withX(...)...build()}. */
public class V1beta1CapacityRequestPolicyRangeBuilder extends V1beta1CapacityRequestPolicyRangeFluent<V1beta1CapacityRequestPolicyRangeBuilder> {
  public V1beta1CapacityRequestPolicyRangeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CapacityRequestPolicyRangeBuilder(V1beta1CapacityRequestPolicyRange instance) {
    super(instance);
  }

  public V1beta1CapacityRequestPolicyRange build() {
    return toModel();
  }
}
