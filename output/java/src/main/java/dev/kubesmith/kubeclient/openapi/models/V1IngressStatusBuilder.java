package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressStatus}: {@code new V1IngressStatusBuilder().withX(...)...build()}. */
public class V1IngressStatusBuilder extends V1IngressStatusFluent<V1IngressStatusBuilder> {
  public V1IngressStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressStatusBuilder(V1IngressStatus instance) {
    super(instance);
  }

  public V1IngressStatus build() {
    return toModel();
  }
}
