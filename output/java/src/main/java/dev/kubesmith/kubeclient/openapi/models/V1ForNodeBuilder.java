package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ForNode}: {@code new V1ForNodeBuilder().withX(...)...build()}. */
public class V1ForNodeBuilder extends V1ForNodeFluent<V1ForNodeBuilder> {
  public V1ForNodeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ForNodeBuilder(V1ForNode instance) {
    super(instance);
  }

  public V1ForNode build() {
    return toModel();
  }
}
