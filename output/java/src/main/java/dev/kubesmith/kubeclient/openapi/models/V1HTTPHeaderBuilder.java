package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HTTPHeader}: {@code new V1HTTPHeaderBuilder().withX(...)...build()}. */
public class V1HTTPHeaderBuilder extends V1HTTPHeaderFluent<V1HTTPHeaderBuilder> {
  public V1HTTPHeaderBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HTTPHeaderBuilder(V1HTTPHeader instance) {
    super(instance);
  }

  public V1HTTPHeader build() {
    return toModel();
  }
}
