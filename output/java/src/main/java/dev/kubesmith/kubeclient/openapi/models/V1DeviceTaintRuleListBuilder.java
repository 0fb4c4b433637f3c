package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceTaintRuleList}: {@code new V1DeviceTaintRuleListBuilder().withX(...)...build()}. */
public class V1DeviceTaintRuleListBuilder extends V1DeviceTaintRuleListFluent<V1DeviceTaintRuleListBuilder> {
  public V1DeviceTaintRuleListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceTaintRuleListBuilder(V1DeviceTaintRuleList instance) {
    super(instance);
  }

  public V1DeviceTaintRuleList build() {
    return toModel();
  }
}
