package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2MetricTarget}: {@code new V2MetricTargetBuilder().withX(...)...build()}. */
public class V2MetricTargetBuilder extends V2MetricTargetFluent<V2MetricTargetBuilder> {
  public V2MetricTargetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2MetricTargetBuilder(V2MetricTarget instance) {
    super(instance);
  }

  public V2MetricTarget build() {
    return toModel();
  }
}
