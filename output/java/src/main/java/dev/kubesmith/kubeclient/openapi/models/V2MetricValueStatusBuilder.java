package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2MetricValueStatus}: {@code new V2MetricValueStatusBuilder().withX(...)...build()}. */
public class V2MetricValueStatusBuilder extends V2MetricValueStatusFluent<V2MetricValueStatusBuilder> {
  public V2MetricValueStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2MetricValueStatusBuilder(V2MetricValueStatus instance) {
    super(instance);
  }

  public V2MetricValueStatus build() {
    return toModel();
  }
}
