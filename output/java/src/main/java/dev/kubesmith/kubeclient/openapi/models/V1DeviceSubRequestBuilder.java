package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceSubRequest}: {@code new V1DeviceSubRequestBuilder().withX(...)...build()}. */
public class V1DeviceSubRequestBuilder extends V1DeviceSubRequestFluent<V1DeviceSubRequestBuilder> {
  public V1DeviceSubRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceSubRequestBuilder(V1DeviceSubRequest instance) {
    super(instance);
  }

  public V1DeviceSubRequest build() {
    return toModel();
  }
}
