package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AppArmorProfile}: {@code new V1AppArmorProfileBuilder().withX(...)...build()}. */
public class V1AppArmorProfileBuilder extends V1AppArmorProfileFluent<V1AppArmorProfileBuilder> {
  public V1AppArmorProfileBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AppArmorProfileBuilder(V1AppArmorProfile instance) {
    super(instance);
  }

  public V1AppArmorProfile build() {
    return toModel();
  }
}
