package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PriorityLevelConfigurationList}: {@code new V1PriorityLevelConfigurationListBuilder().withX(...)...build()}. */
public class V1PriorityLevelConfigurationListBuilder extends V1PriorityLevelConfigurationListFluent<V1PriorityLevelConfigurationListBuilder> {
  public V1PriorityLevelConfigurationListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PriorityLevelConfigurationListBuilder(V1PriorityLevelConfigurationList instance) {
    super(instance);
  }

  public V1PriorityLevelConfigurationList build() {
    return toModel();
  }
}
