package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageHealth}: {@code new V1StorageHealthBuilder().withX(...)...build()}. */
public class V1StorageHealthBuilder extends V1StorageHealthFluent<V1StorageHealthBuilder> {
  public V1StorageHealthBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageHealthBuilder(V1StorageHealth instance) {
    super(instance);
  }

  public V1StorageHealth build() {
    return toModel();
  }
}
