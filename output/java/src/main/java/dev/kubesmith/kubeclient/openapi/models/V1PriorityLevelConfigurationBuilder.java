package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PriorityLevelConfiguration}: {@code new V1PriorityLevelConfigurationBuilder().withX(...)...build()}. */
public class V1PriorityLevelConfigurationBuilder extends V1PriorityLevelConfigurationFluent<V1PriorityLevelConfigurationBuilder> {
  public V1PriorityLevelConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PriorityLevelConfigurationBuilder(V1PriorityLevelConfiguration instance) {
    super(instance);
  }

  public V1PriorityLevelConfiguration build() {
    return toModel();
  }
}
