package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceAccount}: {@code new V1ServiceAccountBuilder().withX(...)...build()}. */
public class V1ServiceAccountBuilder extends V1ServiceAccountFluent<V1ServiceAccountBuilder> {
  public V1ServiceAccountBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceAccountBuilder(V1ServiceAccount instance) {
    super(instance);
  }

  public V1ServiceAccount build() {
    return toModel();
  }
}
