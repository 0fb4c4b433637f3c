package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NetworkPolicyEgressRule}: {@code new V1NetworkPolicyEgressRuleBuilder().withX(...)...build()}. */
public class V1NetworkPolicyEgressRuleBuilder extends V1NetworkPolicyEgressRuleFluent<V1NetworkPolicyEgressRuleBuilder> {
  public V1NetworkPolicyEgressRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NetworkPolicyEgressRuleBuilder(V1NetworkPolicyEgressRule instance) {
    super(instance);
  }

  public V1NetworkPolicyEgressRule build() {
    return toModel();
  }
}
