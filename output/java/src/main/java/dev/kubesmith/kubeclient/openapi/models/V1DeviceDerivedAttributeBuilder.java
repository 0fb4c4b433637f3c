package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceDerivedAttribute}: {@code new V1DeviceDerivedAttributeBuilder().withX(...)...build()}. */
public class V1DeviceDerivedAttributeBuilder extends V1DeviceDerivedAttributeFluent<V1DeviceDerivedAttributeBuilder> {
  public V1DeviceDerivedAttributeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceDerivedAttributeBuilder(V1DeviceDerivedAttribute instance) {
    super(instance);
  }

  public V1DeviceDerivedAttribute build() {
    return toModel();
  }
}
