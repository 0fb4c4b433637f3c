package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2MetricStatus}: {@code new V2MetricStatusBuilder().withX(...)...build()}. */
public class V2MetricStatusBuilder extends V2MetricStatusFluent<V2MetricStatusBuilder> {
  public V2MetricStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2MetricStatusBuilder(V2MetricStatus instance) {
    super(instance);
  }

  public V2MetricStatus build() {
    return toModel();
  }
}
