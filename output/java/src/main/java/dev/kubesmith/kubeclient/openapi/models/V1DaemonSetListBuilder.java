package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DaemonSetList}: {@code new V1DaemonSetListBuilder().withX(...)...build()}. */
public class V1DaemonSetListBuilder extends V1DaemonSetListFluent<V1DaemonSetListBuilder> {
  public V1DaemonSetListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DaemonSetListBuilder(V1DaemonSetList instance) {
    super(instance);
  }

  public V1DaemonSetList build() {
    return toModel();
  }
}
