package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ComponentStatus}: {@code new V1ComponentStatusBuilder().withX(...)...build()}. */
public class V1ComponentStatusBuilder extends V1ComponentStatusFluent<V1ComponentStatusBuilder> {
  public V1ComponentStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ComponentStatusBuilder(V1ComponentStatus instance) {
    super(instance);
  }

  public V1ComponentStatus build() {
    return toModel();
  }
}
