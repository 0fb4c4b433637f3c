package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AggregationRule}: {@code new V1AggregationRuleBuilder().withX(...)...build()}. */
public class V1AggregationRuleBuilder extends V1AggregationRuleFluent<V1AggregationRuleBuilder> {
  public V1AggregationRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AggregationRuleBuilder(V1AggregationRule instance) {
    super(instance);
  }

  public V1AggregationRule build() {
    return toModel();
  }
}
