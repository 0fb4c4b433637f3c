package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceTaintRuleList}: {@code new V1beta2DeviceTaintRuleListBuilder().withX(...)...build()}. */
public class V1beta2DeviceTaintRuleListBuilder extends V1beta2DeviceTaintRuleListFluent<V1beta2DeviceTaintRuleListBuilder> {
  public V1beta2DeviceTaintRuleListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceTaintRuleListBuilder(V1beta2DeviceTaintRuleList instance) {
    super(instance);
  }

  public V1beta2DeviceTaintRuleList build() {
    return toModel();
  }
}
