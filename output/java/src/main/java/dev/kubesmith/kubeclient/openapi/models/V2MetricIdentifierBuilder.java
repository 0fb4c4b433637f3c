package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2MetricIdentifier}: {@code new V2MetricIdentifierBuilder().withX(...)...build()}. */
public class V2MetricIdentifierBuilder extends V2MetricIdentifierFluent<V2MetricIdentifierBuilder> {
  public V2MetricIdentifierBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2MetricIdentifierBuilder(V2MetricIdentifier instance) {
    super(instance);
  }

  public V2MetricIdentifier build() {
    return toModel();
  }
}
