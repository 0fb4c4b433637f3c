package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeStatus}: {@code new V1NodeStatusBuilder().withX(...)...build()}. */
public class V1NodeStatusBuilder extends V1NodeStatusFluent<V1NodeStatusBuilder> {
  public V1NodeStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeStatusBuilder(V1NodeStatus instance) {
    super(instance);
  }

  public V1NodeStatus build() {
    return toModel();
  }
}
