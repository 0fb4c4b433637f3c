package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceAccountTokenProjection}: {@code new V1ServiceAccountTokenProjectionBuilder().withX(...)...build()}. */
public class V1ServiceAccountTokenProjectionBuilder extends V1ServiceAccountTokenProjectionFluent<V1ServiceAccountTokenProjectionBuilder> {
  public V1ServiceAccountTokenProjectionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceAccountTokenProjectionBuilder(V1ServiceAccountTokenProjection instance) {
    super(instance);
  }

  public V1ServiceAccountTokenProjection build() {
    return toModel();
  }
}
