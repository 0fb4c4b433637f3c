package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeploymentStrategy}: {@code new V1DeploymentStrategyBuilder().withX(...)...build()}. */
public class V1DeploymentStrategyBuilder extends V1DeploymentStrategyFluent<V1DeploymentStrategyBuilder> {
  public V1DeploymentStrategyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeploymentStrategyBuilder(V1DeploymentStrategy instance) {
    super(instance);
  }

  public V1DeploymentStrategy build() {
    return toModel();
  }
}
