package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeleteOptions}: {@code new V1DeleteOptionsBuilder().withX(...)...build()}. */
public class V1DeleteOptionsBuilder extends V1DeleteOptionsFluent<V1DeleteOptionsBuilder> {
  public V1DeleteOptionsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeleteOptionsBuilder(V1DeleteOptions instance) {
    super(instance);
  }

  public V1DeleteOptions build() {
    return toModel();
  }
}
