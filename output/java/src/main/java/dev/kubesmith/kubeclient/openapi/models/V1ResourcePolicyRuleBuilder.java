package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourcePolicyRule}: {@code new V1ResourcePolicyRuleBuilder().withX(...)...build()}. */
public class V1ResourcePolicyRuleBuilder extends V1ResourcePolicyRuleFluent<V1ResourcePolicyRuleBuilder> {
  public V1ResourcePolicyRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourcePolicyRuleBuilder(V1ResourcePolicyRule instance) {
    super(instance);
  }

  public V1ResourcePolicyRule build() {
    return toModel();
  }
}
