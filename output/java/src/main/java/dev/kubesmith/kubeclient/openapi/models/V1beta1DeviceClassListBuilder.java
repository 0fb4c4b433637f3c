package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceClassList}: {@code new V1beta1DeviceClassListBuilder().withX(...)...build()}. */
public class V1beta1DeviceClassListBuilder extends V1beta1DeviceClassListFluent<V1beta1DeviceClassListBuilder> {
  public V1beta1DeviceClassListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceClassListBuilder(V1beta1DeviceClassList instance) {
    super(instance);
  }

  public V1beta1DeviceClassList build() {
    return toModel();
  }
}
