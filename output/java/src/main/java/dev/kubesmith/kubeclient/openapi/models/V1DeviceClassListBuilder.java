package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceClassList}: {@code new V1DeviceClassListBuilder().withX(...)...build()}. */
public class V1DeviceClassListBuilder extends V1DeviceClassListFluent<V1DeviceClassListBuilder> {
  public V1DeviceClassListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceClassListBuilder(V1DeviceClassList instance) {
    super(instance);
  }

  public V1DeviceClassList build() {
    return toModel();
  }
}
