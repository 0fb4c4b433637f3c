package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageVersionMigrationSpec}: {@code new V1StorageVersionMigrationSpecBuilder().withX(...)...build()}. */
public class V1StorageVersionMigrationSpecBuilder extends V1StorageVersionMigrationSpecFluent<V1StorageVersionMigrationSpecBuilder> {
  public V1StorageVersionMigrationSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageVersionMigrationSpecBuilder(V1StorageVersionMigrationSpec instance) {
    super(instance);
  }

  public V1StorageVersionMigrationSpec build() {
    return toModel();
  }
}
