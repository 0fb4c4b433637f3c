package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceTaintRule}: {@code new V1DeviceTaintRuleBuilder().withX(...)...build()}. */
public class V1DeviceTaintRuleBuilder extends V1DeviceTaintRuleFluent<V1DeviceTaintRuleBuilder> {
  public V1DeviceTaintRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceTaintRuleBuilder(V1DeviceTaintRule instance) {
    super(instance);
  }

  public V1DeviceTaintRule build() {
    return toModel();
  }
}
