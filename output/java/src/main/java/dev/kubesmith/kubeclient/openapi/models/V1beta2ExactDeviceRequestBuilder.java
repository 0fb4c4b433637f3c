package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ExactDeviceRequest}: {@code new V1beta2ExactDeviceRequestBuilder().withX(...)...build()}. */
public class V1beta2ExactDeviceRequestBuilder extends V1beta2ExactDeviceRequestFluent<V1beta2ExactDeviceRequestBuilder> {
  public V1beta2ExactDeviceRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ExactDeviceRequestBuilder(V1beta2ExactDeviceRequest instance) {
    super(instance);
  }

  public V1beta2ExactDeviceRequest build() {
    return toModel();
  }
}
