package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DaemonSetStatus}: {@code new V1DaemonSetStatusBuilder().withX(...)...build()}. */
public class V1DaemonSetStatusBuilder extends V1DaemonSetStatusFluent<V1DaemonSetStatusBuilder> {
  public V1DaemonSetStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DaemonSetStatusBuilder(V1DaemonSetStatus instance) {
    super(instance);
  }

  public V1DaemonSetStatus build() {
    return toModel();
  }
}
