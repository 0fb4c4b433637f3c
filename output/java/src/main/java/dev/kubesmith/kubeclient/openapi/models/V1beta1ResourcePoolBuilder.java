package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourcePool}: {@code new V1beta1ResourcePoolBuilder().withX(...)...build()}. */
public class V1beta1ResourcePoolBuilder extends V1beta1ResourcePoolFluent<V1beta1ResourcePoolBuilder> {
  public V1beta1ResourcePoolBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourcePoolBuilder(V1beta1ResourcePool instance) {
    super(instance);
  }

  public V1beta1ResourcePool build() {
    return toModel();
  }
}
