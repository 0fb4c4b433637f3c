package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ConfigMapProjection}: {@code new V1ConfigMapProjectionBuilder().withX(...)...build()}. */
public class V1ConfigMapProjectionBuilder extends V1ConfigMapProjectionFluent<V1ConfigMapProjectionBuilder> {
  public V1ConfigMapProjectionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ConfigMapProjectionBuilder(V1ConfigMapProjection instance) {
    super(instance);
  }

  public V1ConfigMapProjection build() {
    return toModel();
  }
}
