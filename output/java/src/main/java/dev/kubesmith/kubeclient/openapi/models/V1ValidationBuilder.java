package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Validation}: {@code new V1ValidationBuilder().withX(...)...build()}. */
public class V1ValidationBuilder extends V1ValidationFluent<V1ValidationBuilder> {
  public V1ValidationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidationBuilder(V1Validation instance) {
    super(instance);
  }

  public V1Validation build() {
    return toModel();
  }
}
