package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceRequest}: {@code new V1beta2DeviceRequestBuilder().withX(...)...build()}. */
public class V1beta2DeviceRequestBuilder extends V1beta2DeviceRequestFluent<V1beta2DeviceRequestBuilder> {
  public V1beta2DeviceRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceRequestBuilder(V1beta2DeviceRequest instance) {
    super(instance);
  }

  public V1beta2DeviceRequest build() {
    return toModel();
  }
}
