package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1StorageVersionMigrationStatus}: {@code new V1beta1StorageVersionMigrationStatusBuilder().withX(...)...build()}. */
public class V1beta1StorageVersionMigrationStatusBuilder extends V1beta1StorageVersionMigrationStatusFluent<V1beta1StorageVersionMigrationStatusBuilder> {
  public V1beta1StorageVersionMigrationStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1StorageVersionMigrationStatusBuilder(V1beta1StorageVersionMigrationStatus instance) {
    super(instance);
  }

  public V1beta1StorageVersionMigrationStatus build() {
    return toModel();
  }
}
