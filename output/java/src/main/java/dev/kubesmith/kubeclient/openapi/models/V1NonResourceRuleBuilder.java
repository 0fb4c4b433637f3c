package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NonResourceRule}: {@code new V1NonResourceRuleBuilder().withX(...)...build()}. */
public class V1NonResourceRuleBuilder extends V1NonResourceRuleFluent<V1NonResourceRuleBuilder> {
  public V1NonResourceRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NonResourceRuleBuilder(V1NonResourceRule instance) {
    super(instance);
  }

  public V1NonResourceRule build() {
    return toModel();
  }
}
