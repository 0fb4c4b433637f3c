package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceStatus}: {@code new V1ServiceStatusBuilder().withX(...)...build()}. */
public class V1ServiceStatusBuilder extends V1ServiceStatusFluent<V1ServiceStatusBuilder> {
  public V1ServiceStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceStatusBuilder(V1ServiceStatus instance) {
    super(instance);
  }

  public V1ServiceStatus build() {
    return toModel();
  }
}
