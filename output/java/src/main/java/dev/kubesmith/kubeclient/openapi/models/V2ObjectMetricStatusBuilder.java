package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2ObjectMetricStatus}: {@code new V2ObjectMetricStatusBuilder().withX(...)...build()}. */
public class V2ObjectMetricStatusBuilder extends V2ObjectMetricStatusFluent<V2ObjectMetricStatusBuilder> {
  public V2ObjectMetricStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2ObjectMetricStatusBuilder(V2ObjectMetricStatus instance) {
    super(instance);
  }

  public V2ObjectMetricStatus build() {
    return toModel();
  }
}
