package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceRequest}: {@code new V1beta1DeviceRequestBuilder().withX(...)...build()}. */
public class V1beta1DeviceRequestBuilder extends V1beta1DeviceRequestFluent<V1beta1DeviceRequestBuilder> {
  public V1beta1DeviceRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceRequestBuilder(V1beta1DeviceRequest instance) {
    super(instance);
  }

  public V1beta1DeviceRequest build() {
    return toModel();
  }
}
