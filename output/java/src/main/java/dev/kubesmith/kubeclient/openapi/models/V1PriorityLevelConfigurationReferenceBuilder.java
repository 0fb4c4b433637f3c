package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PriorityLevelConfigurationReference}: {@code new V1PriorityLevelConfigurationReferenceBuilder().withX(...)...build()}. */
public class V1PriorityLevelConfigurationReferenceBuilder extends V1PriorityLevelConfigurationReferenceFluent<V1PriorityLevelConfigurationReferenceBuilder> {
  public V1PriorityLevelConfigurationReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PriorityLevelConfigurationReferenceBuilder(V1PriorityLevelConfigurationReference instance) {
    super(instance);
  }

  public V1PriorityLevelConfigurationReference build() {
    return toModel();
  }
}
