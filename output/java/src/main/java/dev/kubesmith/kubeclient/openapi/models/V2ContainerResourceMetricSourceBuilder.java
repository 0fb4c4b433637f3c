package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2ContainerResourceMetricSource}: {@code new V2ContainerResourceMetricSourceBuilder().withX(...)...build()}. */
public class V2ContainerResourceMetricSourceBuilder extends V2ContainerResourceMetricSourceFluent<V2ContainerResourceMetricSourceBuilder> {
  public V2ContainerResourceMetricSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2ContainerResourceMetricSourceBuilder(V2ContainerResourceMetricSource instance) {
    super(instance);
  }

  public V2ContainerResourceMetricSource build() {
    return toModel();
  }
}
