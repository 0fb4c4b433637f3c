package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1StorageVersion}: {@code new V1alpha1StorageVersionBuilder().withX(...)...build()}. */
public class V1alpha1StorageVersionBuilder extends V1alpha1StorageVersionFluent<V1alpha1StorageVersionBuilder> {
  public V1alpha1StorageVersionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1StorageVersionBuilder(V1alpha1StorageVersion instance) {
    super(instance);
  }

  public V1alpha1StorageVersion build() {
    return toModel();
  }
}
