package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Service}: {@code new V1ServiceBuilder().withX(...)...build()}. */
public class V1ServiceBuilder extends V1ServiceFluent<V1ServiceBuilder> {
  public V1ServiceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceBuilder(V1Service instance) {
    super(instance);
  }

  public V1Service build() {
    return toModel();
  }
}
