package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2ResourceMetricStatus}: {@code new V2ResourceMetricStatusBuilder().withX(...)...build()}. */
public class V2ResourceMetricStatusBuilder extends V2ResourceMetricStatusFluent<V2ResourceMetricStatusBuilder> {
  public V2ResourceMetricStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2ResourceMetricStatusBuilder(V2ResourceMetricStatus instance) {
    super(instance);
  }

  public V2ResourceMetricStatus build() {
    return toModel();
  }
}
