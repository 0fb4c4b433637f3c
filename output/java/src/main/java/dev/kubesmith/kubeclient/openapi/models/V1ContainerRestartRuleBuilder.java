package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerRestartRule}: {@code new V1ContainerRestartRuleBuilder().withX(...)...build()}. */
public class V1ContainerRestartRuleBuilder extends V1ContainerRestartRuleFluent<V1ContainerRestartRuleBuilder> {
  public V1ContainerRestartRuleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerRestartRuleBuilder(V1ContainerRestartRule instance) {
    super(instance);
  }

  public V1ContainerRestartRule build() {
    return toModel();
  }
}
