package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceSliceList}: {@code new V1ResourceSliceListBuilder().withX(...)...build()}. */
public class V1ResourceSliceListBuilder extends V1ResourceSliceListFluent<V1ResourceSliceListBuilder> {
  public V1ResourceSliceListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceSliceListBuilder(V1ResourceSliceList instance) {
    super(instance);
  }

  public V1ResourceSliceList build() {
    return toModel();
  }
}
