package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EndpointAddress}: {@code new V1EndpointAddressBuilder().withX(...)...build()}. */
public class V1EndpointAddressBuilder extends V1EndpointAddressFluent<V1EndpointAddressBuilder> {
  public V1EndpointAddressBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EndpointAddressBuilder(V1EndpointAddress instance) {
    super(instance);
  }

  public V1EndpointAddress build() {
    return toModel();
  }
}
