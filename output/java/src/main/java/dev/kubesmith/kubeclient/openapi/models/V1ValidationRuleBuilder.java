package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidationRule}: {@code new V1ValidationRuleBuilder().withX(...)...build()}. */
public class V1ValidationRuleBuilder extends V1ValidationRuleFluent<V1ValidationRuleBuilder> {
  public V1ValidationRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidationRuleBuilder(V1ValidationRule instance) {
    super(instance);
  }

  public V1ValidationRule build() {
    return toModel();
  }
}
