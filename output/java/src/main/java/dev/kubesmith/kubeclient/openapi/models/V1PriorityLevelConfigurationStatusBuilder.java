package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PriorityLevelConfigurationStatus}: {@code new V1PriorityLevelConfigurationStatusBuilder().withX(...)...build()}. */
public class V1PriorityLevelConfigurationStatusBuilder extends V1PriorityLevelConfigurationStatusFluent<V1PriorityLevelConfigurationStatusBuilder> {
  public V1PriorityLevelConfigurationStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PriorityLevelConfigurationStatusBuilder(V1PriorityLevelConfigurationStatus instance) {
    super(instance);
  }

  public V1PriorityLevelConfigurationStatus build() {
    return toModel();
  }
}
