package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1StorageVersionMigrationSpec}: {@code new V1beta1StorageVersionMigrationSpecBuilder().withX(...)...build()}. */
public class V1beta1StorageVersionMigrationSpecBuilder extends V1beta1StorageVersionMigrationSpecFluent<V1beta1StorageVersionMigrationSpecBuilder> {
  public V1beta1StorageVersionMigrationSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1StorageVersionMigrationSpecBuilder(V1beta1StorageVersionMigrationSpec instance) {
    super(instance);
  }

  public V1beta1StorageVersionMigrationSpec build() {
    return toModel();
  }
}
