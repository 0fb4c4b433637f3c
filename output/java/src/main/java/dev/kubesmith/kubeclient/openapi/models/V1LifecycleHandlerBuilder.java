package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LifecycleHandler}: {@code new V1LifecycleHandlerBuilder().withX(...)...build()}. */
public class V1LifecycleHandlerBuilder extends V1LifecycleHandlerFluent<V1LifecycleHandlerBuilder> {
  public V1LifecycleHandlerBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LifecycleHandlerBuilder(V1LifecycleHandler instance) {
    super(instance);
  }

  public V1LifecycleHandler build() {
    return toModel();
  }
}
