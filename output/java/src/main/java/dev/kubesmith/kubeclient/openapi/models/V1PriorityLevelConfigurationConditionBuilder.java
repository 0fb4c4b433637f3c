package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PriorityLevelConfigurationCondition}: {@code new V1PriorityLevelConfigurationConditionBuilder().withX(...)...build()}. */
public class V1PriorityLevelConfigurationConditionBuilder extends V1PriorityLevelConfigurationConditionFluent<V1PriorityLevelConfigurationConditionBuilder> {
  public V1PriorityLevelConfigurationConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PriorityLevelConfigurationConditionBuilder(V1PriorityLevelConfigurationCondition instance) {
    super(instance);
  }

  public V1PriorityLevelConfigurationCondition build() {
    return toModel();
  }
}
