package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceTaintRule}: {@code new V1beta2DeviceTaintRuleBuilder().withX(...)...build()}. */
public class V1beta2DeviceTaintRuleBuilder extends V1beta2DeviceTaintRuleFluent<V1beta2DeviceTaintRuleBuilder> {
  public V1beta2DeviceTaintRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceTaintRuleBuilder(V1beta2DeviceTaintRule instance) {
    super(instance);
  }

  public V1beta2DeviceTaintRule build() {
    return toModel();
  }
}
