package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageClass}: {@code new V1StorageClassBuilder().withX(...)...build()}. */
public class V1StorageClassBuilder extends V1StorageClassFluent<V1StorageClassBuilder> {
  public V1StorageClassBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageClassBuilder(V1StorageClass instance) {
    super(instance);
  }

  public V1StorageClass build() {
    return toModel();
  }
}
