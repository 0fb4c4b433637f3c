package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeSelector}: {@code new V1NodeSelectorBuilder().withX(...)...build()}. */
public class V1NodeSelectorBuilder extends V1NodeSelectorFluent<V1NodeSelectorBuilder> {
  public V1NodeSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeSelectorBuilder(V1NodeSelector instance) {
    super(instance);
  }

  public V1NodeSelector build() {
    return toModel();
  }
}
