package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PortStatus}: {@code new V1PortStatusBuilder().withX(...)...build()}. */
public class V1PortStatusBuilder extends V1PortStatusFluent<V1PortStatusBuilder> {
  public V1PortStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PortStatusBuilder(V1PortStatus instance) {
    super(instance);
  }

  public V1PortStatus build() {
    return toModel();
  }
}
