package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceTaintRuleStatus}: {@code new V1beta2DeviceTaintRuleStatusBuilder().withX(...)...build()}. */
public class V1beta2DeviceTaintRuleStatusBuilder extends V1beta2DeviceTaintRuleStatusFluent<V1beta2DeviceTaintRuleStatusBuilder> {
  public V1beta2DeviceTaintRuleStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceTaintRuleStatusBuilder(V1beta2DeviceTaintRuleStatus instance) {
    super(instance);
  }

  public V1beta2DeviceTaintRuleStatus build() {
    return toModel();
  }
}
