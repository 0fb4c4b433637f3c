package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeConfigStatus}: {@code new V1NodeConfigStatusBuilder().withX(...)...build()}. */
public class V1NodeConfigStatusBuilder extends V1NodeConfigStatusFluent<V1NodeConfigStatusBuilder> {
  public V1NodeConfigStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeConfigStatusBuilder(V1NodeConfigStatus instance) {
    super(instance);
  }

  public V1NodeConfigStatus build() {
    return toModel();
  }
}
