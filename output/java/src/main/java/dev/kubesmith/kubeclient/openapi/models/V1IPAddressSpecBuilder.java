package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IPAddressSpec}: {@code new V1IPAddressSpecBuilder().withX(...)...build()}. */
public class V1IPAddressSpecBuilder extends V1IPAddressSpecFluent<V1IPAddressSpecBuilder> {
  public V1IPAddressSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IPAddressSpecBuilder(V1IPAddressSpec instance) {
    super(instance);
  }

  public V1IPAddressSpec build() {
    return toModel();
  }
}
