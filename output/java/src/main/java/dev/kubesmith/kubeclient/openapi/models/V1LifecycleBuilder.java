package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Lifecycle}: {@code new V1LifecycleBuilder().withX(...)...build()}. */
public class V1LifecycleBuilder extends V1LifecycleFluent<V1LifecycleBuilder> {
  public V1LifecycleBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LifecycleBuilder(V1Lifecycle instance) {
    super(instance);
  }

  public V1Lifecycle build() {
    return toModel();
  }
}
