package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1NetworkDeviceData}: {@code new V1beta1NetworkDeviceDataBuilder().withX(...)...build()}. */
public class V1beta1NetworkDeviceDataBuilder extends V1beta1NetworkDeviceDataFluent<V1beta1NetworkDeviceDataBuilder> {
  public V1beta1NetworkDeviceDataBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1NetworkDeviceDataBuilder(V1beta1NetworkDeviceData instance) {
    super(instance);
  }

  public V1beta1NetworkDeviceData build() {
    return toModel();
  }
}
