package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IPAddress}: {@code new V1IPAddressBuilder().withX(...)...build()}. */
public class V1IPAddressBuilder extends V1IPAddressFluent<V1IPAddressBuilder> {
  public V1IPAddressBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IPAddressBuilder(V1IPAddress instance) {
    super(instance);
  }

  public V1IPAddress build() {
    return toModel();
  }
}
