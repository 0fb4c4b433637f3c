package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressRule}: {@code new V1IngressRuleBuilder().withX(...)...build()}. */
public class V1IngressRuleBuilder extends V1IngressRuleFluent<V1IngressRuleBuilder> {
  public V1IngressRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressRuleBuilder(V1IngressRule instance) {
    super(instance);
  }

  public V1IngressRule build() {
    return toModel();
  }
}
