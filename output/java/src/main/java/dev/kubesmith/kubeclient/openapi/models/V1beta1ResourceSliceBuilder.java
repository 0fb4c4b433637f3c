package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceSlice}: {@code new V1beta1ResourceSliceBuilder().withX(...)...build()}. */
public class V1beta1ResourceSliceBuilder extends V1beta1ResourceSliceFluent<V1beta1ResourceSliceBuilder> {
  public V1beta1ResourceSliceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceSliceBuilder(V1beta1ResourceSlice instance) {
    super(instance);
  }

  public V1beta1ResourceSlice build() {
    return toModel();
  }
}
