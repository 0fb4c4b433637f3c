package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PriorityLevelConfigurationSpec}: {@code new V1PriorityLevelConfigurationSpecBuilder().withX(...)...build()}. */
public class V1PriorityLevelConfigurationSpecBuilder extends V1PriorityLevelConfigurationSpecFluent<V1PriorityLevelConfigurationSpecBuilder> {
  public V1PriorityLevelConfigurationSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PriorityLevelConfigurationSpecBuilder(V1PriorityLevelConfigurationSpec instance) {
    super(instance);
  }

  public V1PriorityLevelConfigurationSpec build() {
    return toModel();
  }
}
