package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CapacityRequestPolicyRange}: {@code new V1CapacityRequestPolicyRangeBuilder().withX(...)...build()}. */
public class V1CapacityRequestPolicyRangeBuilder extends V1CapacityRequestPolicyRangeFluent<V1CapacityRequestPolicyRangeBuilder> {
  public V1CapacityRequestPolicyRangeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CapacityRequestPolicyRangeBuilder(V1CapacityRequestPolicyRange instance) {
    super(instance);
  }

  public V1CapacityRequestPolicyRange build() {
    return toModel();
  }
}
