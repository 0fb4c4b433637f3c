package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1StorageVersionSpec}: {@code new V1alpha1StorageVersionSpecBuilder().withX(...)...build()}. */
public class V1alpha1StorageVersionSpecBuilder extends V1alpha1StorageVersionSpecFluent<V1alpha1StorageVersionSpecBuilder> {
  public V1alpha1StorageVersionSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1StorageVersionSpecBuilder(V1alpha1StorageVersionSpec instance) {
    super(instance);
  }

  public V1alpha1StorageVersionSpec build() {
    return toModel();
  }
}
