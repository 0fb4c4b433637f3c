package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2ContainerResourceMetricStatus}: {@code new V2ContainerResourceMetricStatusBuilder().withX(...)...build()}. */
public class V2ContainerResourceMetricStatusBuilder extends V2ContainerResourceMetricStatusFluent<V2ContainerResourceMetricStatusBuilder> {
  public V2ContainerResourceMetricStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2ContainerResourceMetricStatusBuilder(V2ContainerResourceMetricStatus instance) {
    super(instance);
  }

  public V2ContainerResourceMetricStatus build() {
    return toModel();
  }
}
