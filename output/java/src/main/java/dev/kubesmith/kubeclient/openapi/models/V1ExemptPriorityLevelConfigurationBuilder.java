package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ExemptPriorityLevelConfiguration}: {@code new V1ExemptPriorityLevelConfigurationBuilder().withX(...)...build()}. */
public class V1ExemptPriorityLevelConfigurationBuilder extends V1ExemptPriorityLevelConfigurationFluent<V1ExemptPriorityLevelConfigurationBuilder> {
  public V1ExemptPriorityLevelConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ExemptPriorityLevelConfigurationBuilder(V1ExemptPriorityLevelConfiguration instance) {
    super(instance);
  }

  public V1ExemptPriorityLevelConfiguration build() {
    return toModel();
  }
}
