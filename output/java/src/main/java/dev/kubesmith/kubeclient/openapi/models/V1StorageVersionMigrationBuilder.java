package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageVersionMigration}: {@code new V1StorageVersionMigrationBuilder().withX(...)...build()}. */
public class V1StorageVersionMigrationBuilder extends V1StorageVersionMigrationFluent<V1StorageVersionMigrationBuilder> {
  public V1StorageVersionMigrationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageVersionMigrationBuilder(V1StorageVersionMigration instance) {
    super(instance);
  }

  public V1StorageVersionMigration build() {
    return toModel();
  }
}
