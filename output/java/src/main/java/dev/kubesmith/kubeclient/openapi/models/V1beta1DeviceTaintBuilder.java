package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceTaint}: {@code new V1beta1DeviceTaintBuilder().withX(...)...build()}. */
public class V1beta1DeviceTaintBuilder extends V1beta1DeviceTaintFluent<V1beta1DeviceTaintBuilder> {
  public V1beta1DeviceTaintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceTaintBuilder(V1beta1DeviceTaint instance) {
    super(instance);
  }

  public V1beta1DeviceTaint build() {
    return toModel();
  }
}
