package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceClassList}: {@code new V1beta2DeviceClassListBuilder().withX(...)...build()}. */
public class V1beta2DeviceClassListBuilder extends V1beta2DeviceClassListFluent<V1beta2DeviceClassListBuilder> {
  public V1beta2DeviceClassListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceClassListBuilder(V1beta2DeviceClassList instance) {
    super(instance);
  }

  public V1beta2DeviceClassList build() {
    return toModel();
  }
}
