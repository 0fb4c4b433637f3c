package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceSubRequest}: {@code new V1beta2DeviceSubRequestBuilder().withX(...)...build()}. */
public class V1beta2DeviceSubRequestBuilder extends V1beta2DeviceSubRequestFluent<V1beta2DeviceSubRequestBuilder> {
  public V1beta2DeviceSubRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceSubRequestBuilder(V1beta2DeviceSubRequest instance) {
    super(instance);
  }

  public V1beta2DeviceSubRequest build() {
    return toModel();
  }
}
