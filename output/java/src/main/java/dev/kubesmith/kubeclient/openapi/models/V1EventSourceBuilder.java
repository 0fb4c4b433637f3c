package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EventSource}: {@code new V1EventSourceBuilder().withX(...)...build()}. */
public class V1EventSourceBuilder extends V1EventSourceFluent<V1EventSourceBuilder> {
  public V1EventSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EventSourceBuilder(V1EventSource instance) {
    super(instance);
  }

  public V1EventSource build() {
    return toModel();
  }
}
