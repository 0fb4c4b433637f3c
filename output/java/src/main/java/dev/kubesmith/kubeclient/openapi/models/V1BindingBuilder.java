package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Binding}: {@code new V1BindingBuilder().withX(...)...build()}. */
public class V1BindingBuilder extends V1BindingFluent<V1BindingBuilder> {
  public V1BindingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1BindingBuilder(V1Binding instance) {
    super(instance);
  }

  public V1Binding build() {
    return toModel();
  }
}
