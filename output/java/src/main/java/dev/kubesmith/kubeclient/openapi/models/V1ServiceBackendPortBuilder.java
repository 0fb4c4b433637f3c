package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceBackendPort}: {@code new V1ServiceBackendPortBuilder().withX(...)...build()}. */
public class V1ServiceBackendPortBuilder extends V1ServiceBackendPortFluent<V1ServiceBackendPortBuilder> {
  public V1ServiceBackendPortBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceBackendPortBuilder(V1ServiceBackendPort instance) {
    super(instance);
  }

  public V1ServiceBackendPort build() {
    return toModel();
  }
}
