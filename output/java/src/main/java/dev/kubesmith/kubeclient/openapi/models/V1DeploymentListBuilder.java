package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeploymentList}: {@code new V1DeploymentListBuilder().withX(...)...build()}. */
public class V1DeploymentListBuilder extends V1DeploymentListFluent<V1DeploymentListBuilder> {
  public V1DeploymentListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeploymentListBuilder(V1DeploymentList instance) {
    super(instance);
  }

  public V1DeploymentList build() {
    return toModel();
  }
}
