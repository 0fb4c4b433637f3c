package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PolicyRule}: {@code new V1PolicyRuleBuilder().withX(...)...build()}. */
public class V1PolicyRuleBuilder extends V1PolicyRuleFluent<V1PolicyRuleBuilder> {
  public V1PolicyRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PolicyRuleBuilder(V1PolicyRule instance) {
    super(instance);
  }

  public V1PolicyRule build() {
    return toModel();
  }
}
