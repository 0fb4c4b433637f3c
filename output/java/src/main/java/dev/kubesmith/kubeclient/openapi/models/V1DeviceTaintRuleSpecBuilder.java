package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceTaintRuleSpec}: {@code new V1DeviceTaintRuleSpecBuilder().withX(...)...build()}. */
public class V1DeviceTaintRuleSpecBuilder extends V1DeviceTaintRuleSpecFluent<V1DeviceTaintRuleSpecBuilder> {
  public V1DeviceTaintRuleSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceTaintRuleSpecBuilder(V1DeviceTaintRuleSpec instance) {
    super(instance);
  }

  public V1DeviceTaintRuleSpec build() {
    return toModel();
  }
}
