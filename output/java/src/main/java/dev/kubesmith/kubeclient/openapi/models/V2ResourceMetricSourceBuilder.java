package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2ResourceMetricSource}: {@code new V2ResourceMetricSourceBuilder().withX(...)...build()}. */
public class V2ResourceMetricSourceBuilder extends V2ResourceMetricSourceFluent<V2ResourceMetricSourceBuilder> {
  public V2ResourceMetricSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2ResourceMetricSourceBuilder(V2ResourceMetricSource instance) {
    super(instance);
  }

  public V2ResourceMetricSource build() {
    return toModel();
  }
}
