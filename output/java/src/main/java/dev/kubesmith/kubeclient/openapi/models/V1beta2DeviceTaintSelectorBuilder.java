package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceTaintSelector}: {@code new V1beta2DeviceTaintSelectorBuilder().withX(...)...build()}. */
public class V1beta2DeviceTaintSelectorBuilder extends V1beta2DeviceTaintSelectorFluent<V1beta2DeviceTaintSelectorBuilder> {
  public V1beta2DeviceTaintSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceTaintSelectorBuilder(V1beta2DeviceTaintSelector instance) {
    super(instance);
  }

  public V1beta2DeviceTaintSelector build() {
    return toModel();
  }
}
