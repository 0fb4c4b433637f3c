package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Scale}: {@code new V1ScaleBuilder().withX(...)...build()}. */
public class V1ScaleBuilder extends V1ScaleFluent<V1ScaleBuilder> {
  public V1ScaleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ScaleBuilder(V1Scale instance) {
    super(instance);
  }

  public V1Scale build() {
    return toModel();
  }
}
