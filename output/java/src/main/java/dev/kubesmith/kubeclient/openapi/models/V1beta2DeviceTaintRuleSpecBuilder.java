package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceTaintRuleSpec}: {@code new V1beta2DeviceTaintRuleSpecBuilder().withX(...)...build()}. */
public class V1beta2DeviceTaintRuleSpecBuilder extends V1beta2DeviceTaintRuleSpecFluent<V1beta2DeviceTaintRuleSpecBuilder> {
  public V1beta2DeviceTaintRuleSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceTaintRuleSpecBuilder(V1beta2DeviceTaintRuleSpec instance) {
    super(instance);
  }

  public V1beta2DeviceTaintRuleSpec build() {
    return toModel();
  }
}
