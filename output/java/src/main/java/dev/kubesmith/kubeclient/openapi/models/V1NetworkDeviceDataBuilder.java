package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NetworkDeviceData}: {@code new V1NetworkDeviceDataBuilder().withX(...)...build()}. */
public class V1NetworkDeviceDataBuilder extends V1NetworkDeviceDataFluent<V1NetworkDeviceDataBuilder> {
  public V1NetworkDeviceDataBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NetworkDeviceDataBuilder(V1NetworkDeviceData instance) {
    super(instance);
  }

  public V1NetworkDeviceData build() {
    return toModel();
  }
}
