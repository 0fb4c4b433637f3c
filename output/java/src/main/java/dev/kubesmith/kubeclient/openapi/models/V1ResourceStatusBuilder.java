package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceStatus}: {@code new V1ResourceStatusBuilder().withX(...)...build()}. */
public class V1ResourceStatusBuilder extends V1ResourceStatusFluent<V1ResourceStatusBuilder> {
  public V1ResourceStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceStatusBuilder(V1ResourceStatus instance) {
    super(instance);
  }

  public V1ResourceStatus build() {
    return toModel();
  }
}
