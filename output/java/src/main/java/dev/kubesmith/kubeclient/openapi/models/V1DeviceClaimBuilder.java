package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceClaim}: {@code new V1DeviceClaimBuilder().withX(...)...build()}. */
public class V1DeviceClaimBuilder extends V1DeviceClaimFluent<V1DeviceClaimBuilder> {
  public V1DeviceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceClaimBuilder(V1DeviceClaim instance) {
    super(instance);
  }

  public V1DeviceClaim build() {
    return toModel();
  }
}
