package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ForZone}: {@code new V1ForZoneBuilder().withX(...)...build()}. */
public class V1ForZoneBuilder extends V1ForZoneFluent<V1ForZoneBuilder> {
  public V1ForZoneBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ForZoneBuilder(V1ForZone instance) {
    super(instance);
  }

  public V1ForZone build() {
    return toModel();
  }
}
