package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceSliceList}: {@code new V1beta1ResourceSliceListBuilder().withX(...)...build()}. */
public class V1beta1ResourceSliceListBuilder extends V1beta1ResourceSliceListFluent<V1beta1ResourceSliceListBuilder> {
  public V1beta1ResourceSliceListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceSliceListBuilder(V1beta1ResourceSliceList instance) {
    super(instance);
  }

  public V1beta1ResourceSliceList build() {
    return toModel();
  }
}
