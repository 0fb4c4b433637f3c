package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1StorageVersionList}: {@code new V1alpha1StorageVersionListBuilder().withX(...)...build()}. */
public class V1alpha1StorageVersionListBuilder extends V1alpha1StorageVersionListFluent<V1alpha1StorageVersionListBuilder> {
  public V1alpha1StorageVersionListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1StorageVersionListBuilder(V1alpha1StorageVersionList instance) {
    super(instance);
  }

  public V1alpha1StorageVersionList build() {
    return toModel();
  }
}
