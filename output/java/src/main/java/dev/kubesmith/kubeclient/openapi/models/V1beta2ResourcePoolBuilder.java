package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourcePool}: {@code new V1beta2ResourcePoolBuilder().withX(...)...build()}. */
public class V1beta2ResourcePoolBuilder extends V1beta2ResourcePoolFluent<V1beta2ResourcePoolBuilder> {
  public V1beta2ResourcePoolBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourcePoolBuilder(V1beta2ResourcePool instance) {
    super(instance);
  }

  public V1beta2ResourcePool build() {
    return toModel();
  }
}
