package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceAttribute}: {@code new V1beta1DeviceAttributeBuilder().withX(...)...build()}. */
public class V1beta1DeviceAttributeBuilder extends V1beta1DeviceAttributeFluent<V1beta1DeviceAttributeBuilder> {
  public V1beta1DeviceAttributeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceAttributeBuilder(V1beta1DeviceAttribute instance) {
    super(instance);
  }

  public V1beta1DeviceAttribute build() {
    return toModel();
  }
}
