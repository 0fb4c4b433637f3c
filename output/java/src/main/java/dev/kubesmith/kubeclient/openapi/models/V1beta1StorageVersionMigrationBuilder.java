package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1StorageVersionMigration}: {@code new V1beta1StorageVersionMigrationBuilder().withX(...)...build()}. */
public class V1beta1StorageVersionMigrationBuilder extends V1beta1StorageVersionMigrationFluent<V1beta1StorageVersionMigrationBuilder> {
  public V1beta1StorageVersionMigrationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1StorageVersionMigrationBuilder(V1beta1StorageVersionMigration instance) {
    super(instance);
  }

  public V1beta1StorageVersionMigration build() {
    return toModel();
  }
}
