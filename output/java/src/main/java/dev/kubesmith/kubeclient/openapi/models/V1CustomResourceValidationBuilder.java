package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceValidation}: {@code new V1CustomResourceValidationBuilder().withX(...)...build()}. */
public class V1CustomResourceValidationBuilder extends V1CustomResourceValidationFluent<V1CustomResourceValidationBuilder> {
  public V1CustomResourceValidationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceValidationBuilder(V1CustomResourceValidation instance) {
    super(instance);
  }

  public V1CustomResourceValidation build() {
    return toModel();
  }
}
