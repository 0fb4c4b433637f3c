package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIServiceStatus}: {@code new V1APIServiceStatusBuilder().withX(...)...build()}. */
public class V1APIServiceStatusBuilder extends V1APIServiceStatusFluent<V1APIServiceStatusBuilder> {
  public V1APIServiceStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIServiceStatusBuilder(V1APIServiceStatus instance) {
    super(instance);
  }

  public V1APIServiceStatus build() {
    return toModel();
  }
}
