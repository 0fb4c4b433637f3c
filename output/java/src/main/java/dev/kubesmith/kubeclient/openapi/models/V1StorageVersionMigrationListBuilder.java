package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageVersionMigrationList}: {@code new V1StorageVersionMigrationListBuilder().withX(...)...build()}. */
public class V1StorageVersionMigrationListBuilder extends V1StorageVersionMigrationListFluent<V1StorageVersionMigrationListBuilder> {
  public V1StorageVersionMigrationListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageVersionMigrationListBuilder(V1StorageVersionMigrationList instance) {
    super(instance);
  }

  public V1StorageVersionMigrationList build() {
    return toModel();
  }
}
