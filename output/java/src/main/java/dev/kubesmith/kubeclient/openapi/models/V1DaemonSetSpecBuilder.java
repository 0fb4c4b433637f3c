package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DaemonSetSpec}: {@code new V1DaemonSetSpecBuilder().withX(...)...build()}. */
public class V1DaemonSetSpecBuilder extends V1DaemonSetSpecFluent<V1DaemonSetSpecBuilder> {
  public V1DaemonSetSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DaemonSetSpecBuilder(V1DaemonSetSpec instance) {
    super(instance);
  }

  public V1DaemonSetSpec build() {
    return toModel();
  }
}
