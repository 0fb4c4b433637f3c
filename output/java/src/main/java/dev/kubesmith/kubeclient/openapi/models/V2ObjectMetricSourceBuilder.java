package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2ObjectMetricSource}: {@code new V2ObjectMetricSourceBuilder().withX(...)...build()}. */
public class V2ObjectMetricSourceBuilder extends V2ObjectMetricSourceFluent<V2ObjectMetricSourceBuilder> {
  public V2ObjectMetricSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2ObjectMetricSourceBuilder(V2ObjectMetricSource instance) {
    super(instance);
  }

  public V2ObjectMetricSource build() {
    return toModel();
  }
}
