package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3DeviceTaintRuleSpec}: {@code new V1alpha3DeviceTaintRuleSpecBuilder().withX(...)...build()}. */
public class V1alpha3DeviceTaintRuleSpecBuilder extends V1alpha3DeviceTaintRuleSpecFluent<V1alpha3DeviceTaintRuleSpecBuilder> {
  public V1alpha3DeviceTaintRuleSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3DeviceTaintRuleSpecBuilder(V1alpha3DeviceTaintRuleSpec instance) {
    super(instance);
  }

  public V1alpha3DeviceTaintRuleSpec build() {
    return toModel();
  }
}
