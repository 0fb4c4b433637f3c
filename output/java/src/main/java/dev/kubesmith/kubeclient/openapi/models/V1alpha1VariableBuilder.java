package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1Variable}: {@code new V1alpha1VariableBuilder().withX(...)...build()}. */
public class V1alpha1VariableBuilder extends V1alpha1VariableFluent<V1alpha1VariableBuilder> {
  public V1alpha1VariableBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1VariableBuilder(V1alpha1Variable instance) {
    super(instance);
  }

  public V1alpha1Variable build() {
    return toModel();
  }
}
