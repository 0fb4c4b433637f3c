package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ContainerRestartRuleOnExitCodes}: {@code new V1ContainerRestartRuleOnExitCodesBuilder().withX(...)...build()}. */
public class V1ContainerRestartRuleOnExitCodesBuilder extends V1ContainerRestartRuleOnExitCodesFluent<V1ContainerRestartRuleOnExitCodesBuilder> {
  public V1ContainerRestartRuleOnExitCodesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ContainerRestartRuleOnExitCodesBuilder(V1ContainerRestartRuleOnExitCodes instance) {
    super(instance);
  }

  public V1ContainerRestartRuleOnExitCodes build() {
    return toModel();
  }
}
