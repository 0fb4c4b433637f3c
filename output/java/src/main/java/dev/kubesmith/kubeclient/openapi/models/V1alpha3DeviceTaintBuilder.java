package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3DeviceTaint}: {@code new V1alpha3DeviceTaintBuilder().withX(...)...build()}. */
public class V1alpha3DeviceTaintBuilder extends V1alpha3DeviceTaintFluent<V1alpha3DeviceTaintBuilder> {
  public V1alpha3DeviceTaintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3DeviceTaintBuilder(V1alpha3DeviceTaint instance) {
    super(instance);
  }

  public V1alpha3DeviceTaint build() {
    return toModel();
  }
}
