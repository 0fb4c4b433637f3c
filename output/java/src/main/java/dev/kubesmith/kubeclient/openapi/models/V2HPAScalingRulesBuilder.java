package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2HPAScalingRules}: {@code new V2HPAScalingRulesBuilder().withX(...)...build()}. */
public class V2HPAScalingRulesBuilder extends V2HPAScalingRulesFluent<V2HPAScalingRulesBuilder> {
  public V2HPAScalingRulesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2HPAScalingRulesBuilder(V2HPAScalingRules instance) {
    super(instance);
  }

  public V2HPAScalingRules build() {
    return toModel();
  }
}
