package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RollingUpdateDeployment}: {@code new V1RollingUpdateDeploymentBuilder().withX(...)...build()}. */
public class V1RollingUpdateDeploymentBuilder extends V1RollingUpdateDeploymentFluent<V1RollingUpdateDeploymentBuilder> {
  public V1RollingUpdateDeploymentBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RollingUpdateDeploymentBuilder(V1RollingUpdateDeployment instance) {
    super(instance);
  }

  public V1RollingUpdateDeployment build() {
    return toModel();
  }
}
