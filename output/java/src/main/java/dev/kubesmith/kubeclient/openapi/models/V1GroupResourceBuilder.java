package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1GroupResource}: {@code new V1GroupResourceBuilder().withX(...)...build()}. */
public class V1GroupResourceBuilder extends V1GroupResourceFluent<V1GroupResourceBuilder> {
  public V1GroupResourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1GroupResourceBuilder(V1GroupResource instance) {
    super(instance);
  }

  public V1GroupResource build() {
    return toModel();
  }
}
