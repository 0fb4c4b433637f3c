package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IPAddressList}: {@code new V1IPAddressListBuilder().withX(...)...build()}. */
public class V1IPAddressListBuilder extends V1IPAddressListFluent<V1IPAddressListBuilder> {
  public V1IPAddressListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IPAddressListBuilder(V1IPAddressList instance) {
    super(instance);
  }

  public V1IPAddressList build() {
    return toModel();
  }
}
