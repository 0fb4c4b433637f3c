package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageVersionMigrationStatus}: {@code new V1StorageVersionMigrationStatusBuilder().withX(...)...build()}. */
public class V1StorageVersionMigrationStatusBuilder extends V1StorageVersionMigrationStatusFluent<V1StorageVersionMigrationStatusBuilder> {
  public V1StorageVersionMigrationStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageVersionMigrationStatusBuilder(V1StorageVersionMigrationStatus instance) {
    super(instance);
  }

  public V1StorageVersionMigrationStatus build() {
    return toModel();
  }
}
