package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeploymentSpec}: {@code new V1DeploymentSpecBuilder().withX(...)...build()}. */
public class V1DeploymentSpecBuilder extends V1DeploymentSpecFluent<V1DeploymentSpecBuilder> {
  public V1DeploymentSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeploymentSpecBuilder(V1DeploymentSpec instance) {
    super(instance);
  }

  public V1DeploymentSpec build() {
    return toModel();
  }
}
