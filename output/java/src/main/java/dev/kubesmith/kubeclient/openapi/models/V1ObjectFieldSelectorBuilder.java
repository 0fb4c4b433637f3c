package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ObjectFieldSelector}: {@code new V1ObjectFieldSelectorBuilder().withX(...)...build()}. */
public class V1ObjectFieldSelectorBuilder extends V1ObjectFieldSelectorFluent<V1ObjectFieldSelectorBuilder> {
  public V1ObjectFieldSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ObjectFieldSelectorBuilder(V1ObjectFieldSelector instance) {
    super(instance);
  }

  public V1ObjectFieldSelector build() {
    return toModel();
  }
}
