package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodIP}: {@code new V1PodIPBuilder().withX(...)...build()}. */
public class V1PodIPBuilder extends V1PodIPFluent<V1PodIPBuilder> {
  public V1PodIPBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodIPBuilder(V1PodIP instance) {
    super(instance);
  }

  public V1PodIP build() {
    return toModel();
  }
}
