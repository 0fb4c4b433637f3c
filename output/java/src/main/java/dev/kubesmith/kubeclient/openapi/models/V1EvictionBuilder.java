package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Eviction}: {@code new V1EvictionBuilder().withX(...)...build()}. */
public class V1EvictionBuilder extends V1EvictionFluent<V1EvictionBuilder> {
  public V1EvictionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EvictionBuilder(V1Eviction instance) {
    super(instance);
  }

  public V1Eviction build() {
    return toModel();
  }
}
