package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2PodsMetricSource}: {@code new V2PodsMetricSourceBuilder().withX(...)...build()}. */
public class V2PodsMetricSourceBuilder extends V2PodsMetricSourceFluent<V2PodsMetricSourceBuilder> {
  public V2PodsMetricSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2PodsMetricSourceBuilder(V2PodsMetricSource instance) {
    super(instance);
  }

  public V2PodsMetricSource build() {
    return toModel();
  }
}
