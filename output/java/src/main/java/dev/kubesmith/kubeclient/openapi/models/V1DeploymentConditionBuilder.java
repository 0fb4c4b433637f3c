package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeploymentCondition}: {@code new V1DeploymentConditionBuilder().withX(...)...build()}. */
public class V1DeploymentConditionBuilder extends V1DeploymentConditionFluent<V1DeploymentConditionBuilder> {
  public V1DeploymentConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeploymentConditionBuilder(V1DeploymentCondition instance) {
    super(instance);
  }

  public V1DeploymentCondition build() {
    return toModel();
  }
}
