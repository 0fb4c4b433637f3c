package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2ExternalMetricStatus}: {@code new V2ExternalMetricStatusBuilder().withX(...)...build()}. */
public class V2ExternalMetricStatusBuilder extends V2ExternalMetricStatusFluent<V2ExternalMetricStatusBuilder> {
  public V2ExternalMetricStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2ExternalMetricStatusBuilder(V2ExternalMetricStatus instance) {
    super(instance);
  }

  public V2ExternalMetricStatus build() {
    return toModel();
  }
}
