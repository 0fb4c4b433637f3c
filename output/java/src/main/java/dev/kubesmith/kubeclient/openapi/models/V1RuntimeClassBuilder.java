package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RuntimeClass}: {@code new V1RuntimeClassBuilder().withX(...)...build()}. */
public class V1RuntimeClassBuilder extends V1RuntimeClassFluent<V1RuntimeClassBuilder> {
  public V1RuntimeClassBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RuntimeClassBuilder(V1RuntimeClass instance) {
    super(instance);
  }

  public V1RuntimeClass build() {
    return toModel();
  }
}
