package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1ServerStorageVersion}: {@code new V1alpha1ServerStorageVersionBuilder().withX(...)...build()}. */
public class V1alpha1ServerStorageVersionBuilder extends V1alpha1ServerStorageVersionFluent<V1alpha1ServerStorageVersionBuilder> {
  public V1alpha1ServerStorageVersionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1ServerStorageVersionBuilder(V1alpha1ServerStorageVersion instance) {
    super(instance);
  }

  public V1alpha1ServerStorageVersion build() {
    return toModel();
  }
}
