package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodOS}: {@code new V1PodOSBuilder().withX(...)...build()}. */
public class V1PodOSBuilder extends V1PodOSFluent<V1PodOSBuilder> {
  public V1PodOSBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodOSBuilder(V1PodOS instance) {
    super(instance);
  }

  public V1PodOS build() {
    return toModel();
  }
}
