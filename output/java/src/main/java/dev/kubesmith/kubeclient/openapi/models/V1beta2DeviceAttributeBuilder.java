package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceAttribute}: {@code new V1beta2DeviceAttributeBuilder().withX(...)...build()}. */
public class V1beta2DeviceAttributeBuilder extends V1beta2DeviceAttributeFluent<V1beta2DeviceAttributeBuilder> {
  public V1beta2DeviceAttributeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceAttributeBuilder(V1beta2DeviceAttribute instance) {
    super(instance);
  }

  public V1beta2DeviceAttribute build() {
    return toModel();
  }
}
