package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceSliceList}: {@code new V1beta2ResourceSliceListBuilder().withX(...)...build()}. */
public class V1beta2ResourceSliceListBuilder extends V1beta2ResourceSliceListFluent<V1beta2ResourceSliceListBuilder> {
  public V1beta2ResourceSliceListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceSliceListBuilder(V1beta2ResourceSliceList instance) {
    super(instance);
  }

  public V1beta2ResourceSliceList build() {
    return toModel();
  }
}
