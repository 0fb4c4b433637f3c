package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceSpec}: {@code new V1ServiceSpecBuilder().withX(...)...build()}. */
public class V1ServiceSpecBuilder extends V1ServiceSpecFluent<V1ServiceSpecBuilder> {
  public V1ServiceSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceSpecBuilder(V1ServiceSpec instance) {
    super(instance);
  }

  public V1ServiceSpec build() {
    return toModel();
  }
}
