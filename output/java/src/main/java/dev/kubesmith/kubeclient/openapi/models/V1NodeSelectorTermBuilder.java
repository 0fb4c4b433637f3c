package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeSelectorTerm}: {@code new V1NodeSelectorTermBuilder().withX(...)...build()}. */
public class V1NodeSelectorTermBuilder extends V1NodeSelectorTermFluent<V1NodeSelectorTermBuilder> {
  public V1NodeSelectorTermBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeSelectorTermBuilder(V1NodeSelectorTerm instance) {
    super(instance);
  }

  public V1NodeSelectorTerm build() {
    return toModel();
  }
}
