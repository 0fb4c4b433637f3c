package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceSlice}: {@code new V1beta2ResourceSliceBuilder().withX(...)...build()}. */
public class V1beta2ResourceSliceBuilder extends V1beta2ResourceSliceFluent<V1beta2ResourceSliceBuilder> {
  public V1beta2ResourceSliceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceSliceBuilder(V1beta2ResourceSlice instance) {
    super(instance);
  }

  public V1beta2ResourceSlice build() {
    return toModel();
  }
}
