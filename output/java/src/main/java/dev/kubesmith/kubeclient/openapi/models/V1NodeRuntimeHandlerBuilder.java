package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeRuntimeHandler}: {@code new V1NodeRuntimeHandlerBuilder().withX(...)...build()}. */
public class V1NodeRuntimeHandlerBuilder extends V1NodeRuntimeHandlerFluent<V1NodeRuntimeHandlerBuilder> {
  public V1NodeRuntimeHandlerBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeRuntimeHandlerBuilder(V1NodeRuntimeHandler instance) {
    super(instance);
  }

  public V1NodeRuntimeHandler build() {
    return toModel();
  }
}
