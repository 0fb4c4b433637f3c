package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressPortStatus}: {@code new V1IngressPortStatusBuilder().withX(...)...build()}. */
public class V1IngressPortStatusBuilder extends V1IngressPortStatusFluent<V1IngressPortStatusBuilder> {
  public V1IngressPortStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressPortStatusBuilder(V1IngressPortStatus instance) {
    super(instance);
  }

  public V1IngressPortStatus build() {
    return toModel();
  }
}
