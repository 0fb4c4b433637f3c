package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodFailurePolicyRule}: {@code new V1PodFailurePolicyRuleBuilder().withX(...)...build()}. */
public class V1PodFailurePolicyRuleBuilder extends V1PodFailurePolicyRuleFluent<V1PodFailurePolicyRuleBuilder> {
  public V1PodFailurePolicyRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodFailurePolicyRuleBuilder(V1PodFailurePolicyRule instance) {
    super(instance);
  }

  public V1PodFailurePolicyRule build() {
    return toModel();
  }
}
