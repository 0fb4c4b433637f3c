package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageClassList}: {@code new V1StorageClassListBuilder().withX(...)...build()}. */
public class V1StorageClassListBuilder extends V1StorageClassListFluent<V1StorageClassListBuilder> {
  public V1StorageClassListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageClassListBuilder(V1StorageClassList instance) {
    super(instance);
  }

  public V1StorageClassList build() {
    return toModel();
  }
}
