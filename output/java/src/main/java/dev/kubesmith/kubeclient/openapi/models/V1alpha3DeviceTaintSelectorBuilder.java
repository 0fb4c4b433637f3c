package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3DeviceTaintSelector}: {@code new V1alpha3DeviceTaintSelectorBuilder().withX(...)...build()}. */
public class V1alpha3DeviceTaintSelectorBuilder extends V1alpha3DeviceTaintSelectorFluent<V1alpha3DeviceTaintSelectorBuilder> {
  public V1alpha3DeviceTaintSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3DeviceTaintSelectorBuilder(V1alpha3DeviceTaintSelector instance) {
    super(instance);
  }

  public V1alpha3DeviceTaintSelector build() {
    return toModel();
  }
}
