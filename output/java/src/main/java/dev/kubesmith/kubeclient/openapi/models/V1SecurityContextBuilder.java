package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SecurityContext}: {@code new V1SecurityContextBuilder().withX(...)...build()}. */
public class V1SecurityContextBuilder extends V1SecurityContextFluent<V1SecurityContextBuilder> {
  public V1SecurityContextBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SecurityContextBuilder(V1SecurityContext instance) {
    super(instance);
  }

  public V1SecurityContext build() {
    return toModel();
  }
}
