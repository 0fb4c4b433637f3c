package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSIStorageCapacity}: {@code new V1CSIStorageCapacityBuilder().withX(...)...build()}. */
public class V1CSIStorageCapacityBuilder extends V1CSIStorageCapacityFluent<V1CSIStorageCapacityBuilder> {
  public V1CSIStorageCapacityBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSIStorageCapacityBuilder(V1CSIStorageCapacity instance) {
    super(instance);
  }

  public V1CSIStorageCapacity build() {
    return toModel();
  }
}
