package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2PodsMetricStatus}: {@code new V2PodsMetricStatusBuilder().withX(...)...build()}. */
public class V2PodsMetricStatusBuilder extends V2PodsMetricStatusFluent<V2PodsMetricStatusBuilder> {
  public V2PodsMetricStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2PodsMetricStatusBuilder(V2PodsMetricStatus instance) {
    super(instance);
  }

  public V2PodsMetricStatus build() {
    return toModel();
  }
}
