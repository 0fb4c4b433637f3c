package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Preconditions}: {@code new V1PreconditionsBuilder().withX(...)...build()}. */
public class V1PreconditionsBuilder extends V1PreconditionsFluent<V1PreconditionsBuilder> {
  public V1PreconditionsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PreconditionsBuilder(V1Preconditions instance) {
    super(instance);
  }

  public V1Preconditions build() {
    return toModel();
  }
}
