package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LimitedPriorityLevelConfiguration}: {@code new V1LimitedPriorityLevelConfigurationBuilder().withX(...)...build()}. */
public class V1LimitedPriorityLevelConfigurationBuilder extends V1LimitedPriorityLevelConfigurationFluent<V1LimitedPriorityLevelConfigurationBuilder> {
  public V1LimitedPriorityLevelConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LimitedPriorityLevelConfigurationBuilder(V1LimitedPriorityLevelConfiguration instance) {
    super(instance);
  }

  public V1LimitedPriorityLevelConfiguration build() {
    return toModel();
  }
}
