package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2MetricSpec}: {@code new V2MetricSpecBuilder().withX(...)...build()}. */
public class V2MetricSpecBuilder extends V2MetricSpecFluent<V2MetricSpecBuilder> {
  public V2MetricSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2MetricSpecBuilder(V2MetricSpec instance) {
    super(instance);
  }

  public V2MetricSpec build() {
    return toModel();
  }
}
