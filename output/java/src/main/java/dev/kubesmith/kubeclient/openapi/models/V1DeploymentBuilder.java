package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Deployment}: {@code new V1DeploymentBuilder().withX(...)...build()}. */
public class V1DeploymentBuilder extends V1DeploymentFluent<V1DeploymentBuilder> {
  public V1DeploymentBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeploymentBuilder(V1Deployment instance) {
    super(instance);
  }

  public V1Deployment build() {
    return toModel();
  }
}
