package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PriorityClass}: {@code new V1PriorityClassBuilder().withX(...)...build()}. */
public class V1PriorityClassBuilder extends V1PriorityClassFluent<V1PriorityClassBuilder> {
  public V1PriorityClassBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PriorityClassBuilder(V1PriorityClass instance) {
    super(instance);
  }

  public V1PriorityClass build() {
    return toModel();
  }
}
