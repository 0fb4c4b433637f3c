package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TopologySelectorTerm}: {@code new V1TopologySelectorTermBuilder().withX(...)...build()}. */
public class V1TopologySelectorTermBuilder extends V1TopologySelectorTermFluent<V1TopologySelectorTermBuilder> {
  public V1TopologySelectorTermBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TopologySelectorTermBuilder(V1TopologySelectorTerm instance) {
    super(instance);
  }

  public V1TopologySelectorTerm build() {
    return toModel();
  }
}
