package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Taint}: {@code new V1TaintBuilder().withX(...)...build()}. */
public class V1TaintBuilder extends V1TaintFluent<V1TaintBuilder> {
  public V1TaintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TaintBuilder(V1Taint instance) {
    super(instance);
  }

  public V1Taint build() {
    return toModel();
  }
}
