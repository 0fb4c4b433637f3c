package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DaemonSet}: {@code new V1DaemonSetBuilder().withX(...)...build()}. */
public class V1DaemonSetBuilder extends V1DaemonSetFluent<V1DaemonSetBuilder> {
  public V1DaemonSetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DaemonSetBuilder(V1DaemonSet instance) {
    super(instance);
  }

  public V1DaemonSet build() {
    return toModel();
  }
}
