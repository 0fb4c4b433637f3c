package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceRule}: {@code new V1ResourceRuleBuilder().withX(...)...build()}. */
public class V1ResourceRuleBuilder extends V1ResourceRuleFluent<V1ResourceRuleBuilder> {
  public V1ResourceRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceRuleBuilder(V1ResourceRule instance) {
    super(instance);
  }

  public V1ResourceRule build() {
    return toModel();
  }
}
