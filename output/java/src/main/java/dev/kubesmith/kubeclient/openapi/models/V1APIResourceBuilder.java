package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIResource}: {@code new V1APIResourceBuilder().withX(...)...build()}. */
public class V1APIResourceBuilder extends V1APIResourceFluent<V1APIResourceBuilder> {
  public V1APIResourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIResourceBuilder(V1APIResource instance) {
    super(instance);
  }

  public V1APIResource build() {
    return toModel();
  }
}
