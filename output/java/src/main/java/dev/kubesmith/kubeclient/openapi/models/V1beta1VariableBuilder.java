package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1Variable}: {@code new V1beta1VariableBuilder().withX(...)...build()}. */
public class V1beta1VariableBuilder extends V1beta1VariableFluent<V1beta1VariableBuilder> {
  public V1beta1VariableBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1VariableBuilder(V1beta1Variable instance) {
    super(instance);
  }

  public V1beta1Variable build() {
    return toModel();
  }
}
