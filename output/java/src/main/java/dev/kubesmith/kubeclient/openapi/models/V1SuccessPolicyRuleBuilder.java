package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SuccessPolicyRule}: {@code new V1SuccessPolicyRuleBuilder().withX(...)...build()}. */
public class V1SuccessPolicyRuleBuilder extends V1SuccessPolicyRuleFluent<V1SuccessPolicyRuleBuilder> {
  public V1SuccessPolicyRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SuccessPolicyRuleBuilder(V1SuccessPolicyRule instance) {
    super(instance);
  }

  public V1SuccessPolicyRule build() {
    return toModel();
  }
}
