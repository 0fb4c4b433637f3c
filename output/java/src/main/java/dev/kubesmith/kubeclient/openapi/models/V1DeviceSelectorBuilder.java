package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceSelector}: {@code new V1DeviceSelectorBuilder().withX(...)...build()}. */
public class V1DeviceSelectorBuilder extends V1DeviceSelectorFluent<V1DeviceSelectorBuilder> {
  public V1DeviceSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceSelectorBuilder(V1DeviceSelector instance) {
    super(instance);
  }

  public V1DeviceSelector build() {
    return toModel();
  }
}
