package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TypeChecking}: {@code new V1TypeCheckingBuilder().withX(...)...build()}. */
public class V1TypeCheckingBuilder extends V1TypeCheckingFluent<V1TypeCheckingBuilder> {
  public V1TypeCheckingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TypeCheckingBuilder(V1TypeChecking instance) {
    super(instance);
  }

  public V1TypeChecking build() {
    return toModel();
  }
}
