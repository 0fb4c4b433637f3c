package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RollingUpdateDaemonSet}: {@code new V1RollingUpdateDaemonSetBuilder().withX(...)...build()}. */
public class V1RollingUpdateDaemonSetBuilder extends V1RollingUpdateDaemonSetFluent<V1RollingUpdateDaemonSetBuilder> {
  public V1RollingUpdateDaemonSetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RollingUpdateDaemonSetBuilder(V1RollingUpdateDaemonSet instance) {
    super(instance);
  }

  public V1RollingUpdateDaemonSet build() {
    return toModel();
  }
}
