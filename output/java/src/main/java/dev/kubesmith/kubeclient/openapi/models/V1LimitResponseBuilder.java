package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LimitResponse}: {@code new V1LimitResponseBuilder().withX(...)...build()}. */
public class V1LimitResponseBuilder extends V1LimitResponseFluent<V1LimitResponseBuilder> {
  public V1LimitResponseBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LimitResponseBuilder(V1LimitResponse instance) {
    super(instance);
  }

  public V1LimitResponse build() {
    return toModel();
  }
}
