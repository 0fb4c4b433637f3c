package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DaemonSetUpdateStrategy}: {@code new V1DaemonSetUpdateStrategyBuilder().withX(...)...build()}. */
public class V1DaemonSetUpdateStrategyBuilder extends V1DaemonSetUpdateStrategyFluent<V1DaemonSetUpdateStrategyBuilder> {
  public V1DaemonSetUpdateStrategyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DaemonSetUpdateStrategyBuilder(V1DaemonSetUpdateStrategy instance) {
    super(instance);
  }

  public V1DaemonSetUpdateStrategy build() {
    return toModel();
  }
}
