package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceClaim}: {@code new V1beta1DeviceClaimBuilder().withX(...)...build()}. */
public class V1beta1DeviceClaimBuilder extends V1beta1DeviceClaimFluent<V1beta1DeviceClaimBuilder> {
  public V1beta1DeviceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceClaimBuilder(V1beta1DeviceClaim instance) {
    super(instance);
  }

  public V1beta1DeviceClaim build() {
    return toModel();
  }
}
