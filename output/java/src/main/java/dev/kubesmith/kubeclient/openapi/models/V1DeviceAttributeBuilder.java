package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceAttribute}: {@code new V1DeviceAttributeBuilder().withX(...)...build()}. */
public class V1DeviceAttributeBuilder extends V1DeviceAttributeFluent<V1DeviceAttributeBuilder> {
  public V1DeviceAttributeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceAttributeBuilder(V1DeviceAttribute instance) {
    super(instance);
  }

  public V1DeviceAttribute build() {
    return toModel();
  }
}
