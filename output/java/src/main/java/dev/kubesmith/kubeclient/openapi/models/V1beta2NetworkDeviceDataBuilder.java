package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2NetworkDeviceData}: {@code new V1beta2NetworkDeviceDataBuilder().withX(...)...build()}. */
public class V1beta2NetworkDeviceDataBuilder extends V1beta2NetworkDeviceDataFluent<V1beta2NetworkDeviceDataBuilder> {
  public V1beta2NetworkDeviceDataBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2NetworkDeviceDataBuilder(V1beta2NetworkDeviceData instance) {
    super(instance);
  }

  public V1beta2NetworkDeviceData build() {
    return toModel();
  }
}
