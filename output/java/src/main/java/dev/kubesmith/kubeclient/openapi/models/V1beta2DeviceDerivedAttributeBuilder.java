package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceDerivedAttribute}: {@code new V1beta2DeviceDerivedAttributeBuilder().withX(...)...build()}. */
public class V1beta2DeviceDerivedAttributeBuilder extends V1beta2DeviceDerivedAttributeFluent<V1beta2DeviceDerivedAttributeBuilder> {
  public V1beta2DeviceDerivedAttributeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceDerivedAttributeBuilder(V1beta2DeviceDerivedAttribute instance) {
    super(instance);
  }

  public V1beta2DeviceDerivedAttribute build() {
    return toModel();
  }
}
