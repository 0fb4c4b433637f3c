package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceClaim}: {@code new V1beta2DeviceClaimBuilder().withX(...)...build()}. */
public class V1beta2DeviceClaimBuilder extends V1beta2DeviceClaimFluent<V1beta2DeviceClaimBuilder> {
  public V1beta2DeviceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceClaimBuilder(V1beta2DeviceClaim instance) {
    super(instance);
  }

  public V1beta2DeviceClaim build() {
    return toModel();
  }
}
