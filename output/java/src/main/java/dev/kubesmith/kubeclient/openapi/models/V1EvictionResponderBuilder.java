package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EvictionResponder}: {@code new V1EvictionResponderBuilder().withX(...)...build()}. */
public class V1EvictionResponderBuilder extends V1EvictionResponderFluent<V1EvictionResponderBuilder> {
  public V1EvictionResponderBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EvictionResponderBuilder(V1EvictionResponder instance) {
    super(instance);
  }

  public V1EvictionResponder build() {
    return toModel();
  }
}
