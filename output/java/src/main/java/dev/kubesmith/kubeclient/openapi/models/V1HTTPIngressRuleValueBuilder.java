package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HTTPIngressRuleValue}: {@code new V1HTTPIngressRuleValueBuilder().withX(...)...build()}. */
public class V1HTTPIngressRuleValueBuilder extends V1HTTPIngressRuleValueFluent<V1HTTPIngressRuleValueBuilder> {
  public V1HTTPIngressRuleValueBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HTTPIngressRuleValueBuilder(V1HTTPIngressRuleValue instance) {
    super(instance);
  }

  public V1HTTPIngressRuleValue build() {
    return toModel();
  }
}
