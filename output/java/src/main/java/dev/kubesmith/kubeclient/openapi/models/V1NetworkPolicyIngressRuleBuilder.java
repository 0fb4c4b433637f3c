package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NetworkPolicyIngressRule}: {@code new V1NetworkPolicyIngressRuleBuilder().withX(...)...build()}. */
public class V1NetworkPolicyIngressRuleBuilder extends V1NetworkPolicyIngressRuleFluent<V1NetworkPolicyIngressRuleBuilder> {
  public V1NetworkPolicyIngressRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NetworkPolicyIngressRuleBuilder(V1NetworkPolicyIngressRule instance) {
    super(instance);
  }

  public V1NetworkPolicyIngressRule build() {
    return toModel();
  }
}
