package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServicePort}: {@code new V1ServicePortBuilder().withX(...)...build()}. */
public class V1ServicePortBuilder extends V1ServicePortFluent<V1ServicePortBuilder> {
  public V1ServicePortBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServicePortBuilder(V1ServicePort instance) {
    super(instance);
  }

  public V1ServicePort build() {
    return toModel();
  }
}
