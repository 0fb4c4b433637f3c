package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceSelector}: {@code new V1beta1DeviceSelectorBuilder().withX(...)...build()}. */
public class V1beta1DeviceSelectorBuilder extends V1beta1DeviceSelectorFluent<V1beta1DeviceSelectorBuilder> {
  public V1beta1DeviceSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceSelectorBuilder(V1beta1DeviceSelector instance) {
    super(instance);
  }

  public V1beta1DeviceSelector build() {
    return toModel();
  }
}
