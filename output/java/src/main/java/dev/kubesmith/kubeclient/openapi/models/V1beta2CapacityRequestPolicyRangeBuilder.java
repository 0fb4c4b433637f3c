package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2CapacityRequestPolicyRange}: {@code new V1beta2CapacityRequestPolicyRangeBuilder().withX(...)...build()}. */
public class V1beta2CapacityRequestPolicyRangeBuilder extends V1beta2CapacityRequestPolicyRangeFluent<V1beta2CapacityRequestPolicyRangeBuilder> {
  public V1beta2CapacityRequestPolicyRangeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2CapacityRequestPolicyRangeBuilder(V1beta2CapacityRequestPolicyRange instance) {
    super(instance);
  }

  public V1beta2CapacityRequestPolicyRange build() {
    return toModel();
  }
}
