package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NonResourcePolicyRule}: {@code new V1NonResourcePolicyRuleBuilder().withX(...)...build()}. */
public class V1NonResourcePolicyRuleBuilder extends V1NonResourcePolicyRuleFluent<V1NonResourcePolicyRuleBuilder> {
  public V1NonResourcePolicyRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NonResourcePolicyRuleBuilder(V1NonResourcePolicyRule instance) {
    super(instance);
  }

  public V1NonResourcePolicyRule build() {
    return toModel();
  }
}
