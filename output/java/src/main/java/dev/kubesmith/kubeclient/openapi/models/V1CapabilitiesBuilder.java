package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Capabilities}: {@code new V1CapabilitiesBuilder().withX(...)...build()}. */
public class V1CapabilitiesBuilder extends V1CapabilitiesFluent<V1CapabilitiesBuilder> {
  public V1CapabilitiesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CapabilitiesBuilder(V1Capabilities instance) {
    super(instance);
  }

  public V1Capabilities build() {
    return toModel();
  }
}
