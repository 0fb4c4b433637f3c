package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Node}: {@code new V1NodeBuilder().withX(...)...build()}. */
public class V1NodeBuilder extends V1NodeFluent<V1NodeBuilder> {
  public V1NodeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeBuilder(V1Node instance) {
    super(instance);
  }

  public V1Node build() {
    return toModel();
  }
}
