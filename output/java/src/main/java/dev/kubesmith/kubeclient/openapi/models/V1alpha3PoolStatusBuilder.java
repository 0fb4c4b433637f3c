package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PoolStatus}: {@code new V1alpha3PoolStatusBuilder().withX(...)...build()}. */
public class V1alpha3PoolStatusBuilder extends V1alpha3PoolStatusFluent<V1alpha3PoolStatusBuilder> {
  public V1alpha3PoolStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PoolStatusBuilder(V1alpha3PoolStatus instance) {
    super(instance);
  }

  public V1alpha3PoolStatus build() {
    return toModel();
  }
}
