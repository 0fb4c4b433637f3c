package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ExactDeviceRequest}: {@code new V1ExactDeviceRequestBuilder().withX(...)...build()}. */
public class V1ExactDeviceRequestBuilder extends V1ExactDeviceRequestFluent<V1ExactDeviceRequestBuilder> {
  public V1ExactDeviceRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ExactDeviceRequestBuilder(V1ExactDeviceRequest instance) {
    super(instance);
  }

  public V1ExactDeviceRequest build() {
    return toModel();
  }
}
