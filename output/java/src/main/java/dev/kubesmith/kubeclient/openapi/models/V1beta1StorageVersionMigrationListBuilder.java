package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1StorageVersionMigrationList}: {@code new V1beta1StorageVersionMigrationListBuilder().withX(...)...build()}. */
public class V1beta1StorageVersionMigrationListBuilder extends V1beta1StorageVersionMigrationListFluent<V1beta1StorageVersionMigrationListBuilder> {
  public V1beta1StorageVersionMigrationListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1StorageVersionMigrationListBuilder(V1beta1StorageVersionMigrationList instance) {
    super(instance);
  }

  public V1beta1StorageVersionMigrationList build() {
    return toModel();
  }
}
