package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Variable}: {@code new V1VariableBuilder().withX(...)...build()}. */
public class V1VariableBuilder extends V1VariableFluent<V1VariableBuilder> {
  public V1VariableBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VariableBuilder(V1Variable instance) {
    super(instance);
  }

  public V1Variable build() {
    return toModel();
  }
}
