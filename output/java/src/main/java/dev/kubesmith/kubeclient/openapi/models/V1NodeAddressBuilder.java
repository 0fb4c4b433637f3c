package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeAddress}: {@code new V1NodeAddressBuilder().withX(...)...build()}. */
public class V1NodeAddressBuilder extends V1NodeAddressFluent<V1NodeAddressBuilder> {
  public V1NodeAddressBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeAddressBuilder(V1NodeAddress instance) {
    super(instance);
  }

  public V1NodeAddress build() {
    return toModel();
  }
}
