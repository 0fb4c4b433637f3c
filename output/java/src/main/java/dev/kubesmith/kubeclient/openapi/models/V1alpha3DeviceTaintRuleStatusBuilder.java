package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3DeviceTaintRuleStatus}: {@code new V1alpha3DeviceTaintRuleStatusBuilder().withX(...)...build()}. */
public class V1alpha3DeviceTaintRuleStatusBuilder extends V1alpha3DeviceTaintRuleStatusFluent<V1alpha3DeviceTaintRuleStatusBuilder> {
  public V1alpha3DeviceTaintRuleStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3DeviceTaintRuleStatusBuilder(V1alpha3DeviceTaintRuleStatus instance) {
    super(instance);
  }

  public V1alpha3DeviceTaintRuleStatus build() {
    return toModel();
  }
}
