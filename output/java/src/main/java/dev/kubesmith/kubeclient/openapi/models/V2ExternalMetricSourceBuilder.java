package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2ExternalMetricSource}: {@code new V2ExternalMetricSourceBuilder().withX(...)...build()}. */
public class V2ExternalMetricSourceBuilder extends V2ExternalMetricSourceFluent<V2ExternalMetricSourceBuilder> {
  public V2ExternalMetricSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2ExternalMetricSourceBuilder(V2ExternalMetricSource instance) {
    super(instance);
  }

  public V2ExternalMetricSource build() {
    return toModel();
  }
}
