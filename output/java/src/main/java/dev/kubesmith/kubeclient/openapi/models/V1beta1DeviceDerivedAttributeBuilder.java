package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceDerivedAttribute}: {@code new V1beta1DeviceDerivedAttributeBuilder().withX(...)...build()}. */
public class V1beta1DeviceDerivedAttributeBuilder extends V1beta1DeviceDerivedAttributeFluent<V1beta1DeviceDerivedAttributeBuilder> {
  public V1beta1DeviceDerivedAttributeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceDerivedAttributeBuilder(V1beta1DeviceDerivedAttribute instance) {
    super(instance);
  }

  public V1beta1DeviceDerivedAttribute build() {
    return toModel();
  }
}
