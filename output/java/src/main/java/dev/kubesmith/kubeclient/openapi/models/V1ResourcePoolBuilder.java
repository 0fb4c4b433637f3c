package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourcePool}: {@code new V1ResourcePoolBuilder().withX(...)...build()}. */
public class V1ResourcePoolBuilder extends V1ResourcePoolFluent<V1ResourcePoolBuilder> {
  public V1ResourcePoolBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourcePoolBuilder(V1ResourcePool instance) {
    super(instance);
  }

  public V1ResourcePool build() {
    return toModel();
  }
}
