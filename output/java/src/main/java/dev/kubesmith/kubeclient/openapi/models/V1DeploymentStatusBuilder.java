package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeploymentStatus}: {@code new V1DeploymentStatusBuilder().withX(...)...build()}. */
public class V1DeploymentStatusBuilder extends V1DeploymentStatusFluent<V1DeploymentStatusBuilder> {
  public V1DeploymentStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeploymentStatusBuilder(V1DeploymentStatus instance) {
    super(instance);
  }

  public V1DeploymentStatus build() {
    return toModel();
  }
}
