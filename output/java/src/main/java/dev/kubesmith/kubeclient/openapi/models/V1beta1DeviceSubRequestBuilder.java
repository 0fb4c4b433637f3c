package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceSubRequest}: {@code new V1beta1DeviceSubRequestBuilder().withX(...)...build()}. */
public class V1beta1DeviceSubRequestBuilder extends V1beta1DeviceSubRequestFluent<V1beta1DeviceSubRequestBuilder> {
  public V1beta1DeviceSubRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceSubRequestBuilder(V1beta1DeviceSubRequest instance) {
    super(instance);
  }

  public V1beta1DeviceSubRequest build() {
    return toModel();
  }
}
