package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodSpec}: {@code new V1PodSpecBuilder().withX(...)...build()}. */
public class V1PodSpecBuilder extends V1PodSpecFluent<V1PodSpecBuilder> {
  public V1PodSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodSpecBuilder(V1PodSpec instance) {
    super(instance);
  }

  public V1PodSpec build() {
    return toModel();
  }
}
