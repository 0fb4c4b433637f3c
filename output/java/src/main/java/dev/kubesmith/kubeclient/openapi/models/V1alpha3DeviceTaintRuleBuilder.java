package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3DeviceTaintRule}: {@code new V1alpha3DeviceTaintRuleBuilder().withX(...)...build()}. */
public class V1alpha3DeviceTaintRuleBuilder extends V1alpha3DeviceTaintRuleFluent<V1alpha3DeviceTaintRuleBuilder> {
  public V1alpha3DeviceTaintRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3DeviceTaintRuleBuilder(V1alpha3DeviceTaintRule instance) {
    super(instance);
  }

  public V1alpha3DeviceTaintRule build() {
    return toModel();
  }
}
