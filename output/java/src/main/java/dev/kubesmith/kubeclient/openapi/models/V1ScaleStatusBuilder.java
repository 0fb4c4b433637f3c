package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ScaleStatus}: {@code new V1ScaleStatusBuilder().withX(...)...build()}. */
public class V1ScaleStatusBuilder extends V1ScaleStatusFluent<V1ScaleStatusBuilder> {
  public V1ScaleStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ScaleStatusBuilder(V1ScaleStatus instance) {
    super(instance);
  }

  public V1ScaleStatus build() {
    return toModel();
  }
}
