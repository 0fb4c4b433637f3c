package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceTaint}: {@code new V1DeviceTaintBuilder().withX(...)...build()}. */
public class V1DeviceTaintBuilder extends V1DeviceTaintFluent<V1DeviceTaintBuilder> {
  public V1DeviceTaintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceTaintBuilder(V1DeviceTaint instance) {
    super(instance);
  }

  public V1DeviceTaint build() {
    return toModel();
  }
}
