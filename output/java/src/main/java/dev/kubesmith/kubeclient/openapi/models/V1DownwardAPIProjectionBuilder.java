package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DownwardAPIProjection}: {@code new V1DownwardAPIProjectionBuilder().withX(...)...build()}. */
public class V1DownwardAPIProjectionBuilder extends V1DownwardAPIProjectionFluent<V1DownwardAPIProjectionBuilder> {
  public V1DownwardAPIProjectionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DownwardAPIProjectionBuilder(V1DownwardAPIProjection instance) {
    super(instance);
  }

  public V1DownwardAPIProjection build() {
    return toModel();
  }
}
