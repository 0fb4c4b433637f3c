package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CSIStorageCapacityList}: {@code new V1CSIStorageCapacityListBuilder().withX(...)...build()}. */
public class V1CSIStorageCapacityListBuilder extends V1CSIStorageCapacityListFluent<V1CSIStorageCapacityListBuilder> {
  public V1CSIStorageCapacityListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CSIStorageCapacityListBuilder(V1CSIStorageCapacityList instance) {
    super(instance);
  }

  public V1CSIStorageCapacityList build() {
    return toModel();
  }
}
