package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceRequest}: {@code new V1DeviceRequestBuilder().withX(...)...build()}. */
public class V1DeviceRequestBuilder extends V1DeviceRequestFluent<V1DeviceRequestBuilder> {
  public V1DeviceRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceRequestBuilder(V1DeviceRequest instance) {
    super(instance);
  }

  public V1DeviceRequest build() {
    return toModel();
  }
}
