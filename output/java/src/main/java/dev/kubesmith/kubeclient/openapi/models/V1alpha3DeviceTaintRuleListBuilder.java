package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3DeviceTaintRuleList}: {@code new V1alpha3DeviceTaintRuleListBuilder().withX(...)...build()}. */
public class V1alpha3DeviceTaintRuleListBuilder extends V1alpha3DeviceTaintRuleListFluent<V1alpha3DeviceTaintRuleListBuilder> {
  public V1alpha3DeviceTaintRuleListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3DeviceTaintRuleListBuilder(V1alpha3DeviceTaintRuleList instance) {
    super(instance);
  }

  public V1alpha3DeviceTaintRuleList build() {
    return toModel();
  }
}
