package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1StorageVersionStatus}: {@code new V1alpha1StorageVersionStatusBuilder().withX(...)...build()}. */
public class V1alpha1StorageVersionStatusBuilder extends V1alpha1StorageVersionStatusFluent<V1alpha1StorageVersionStatusBuilder> {
  public V1alpha1StorageVersionStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1StorageVersionStatusBuilder(V1alpha1StorageVersionStatus instance) {
    super(instance);
  }

  public V1alpha1StorageVersionStatus build() {
    return toModel();
  }
}
