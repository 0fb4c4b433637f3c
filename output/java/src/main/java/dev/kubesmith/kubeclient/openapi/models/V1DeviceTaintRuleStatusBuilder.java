package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceTaintRuleStatus}: {@code new V1DeviceTaintRuleStatusBuilder().withX(...)...build()}. */
public class V1DeviceTaintRuleStatusBuilder extends V1DeviceTaintRuleStatusFluent<V1DeviceTaintRuleStatusBuilder> {
  public V1DeviceTaintRuleStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceTaintRuleStatusBuilder(V1DeviceTaintRuleStatus instance) {
    super(instance);
  }

  public V1DeviceTaintRuleStatus build() {
    return toModel();
  }
}
