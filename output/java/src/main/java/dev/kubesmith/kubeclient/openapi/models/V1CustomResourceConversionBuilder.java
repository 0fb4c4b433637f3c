package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CustomResourceConversion}: {@code new V1CustomResourceConversionBuilder().withX(...)...build()}. */
public class V1CustomResourceConversionBuilder extends V1CustomResourceConversionFluent<V1CustomResourceConversionBuilder> {
  public V1CustomResourceConversionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CustomResourceConversionBuilder(V1CustomResourceConversion instance) {
    super(instance);
  }

  public V1CustomResourceConversion build() {
    return toModel();
  }
}
