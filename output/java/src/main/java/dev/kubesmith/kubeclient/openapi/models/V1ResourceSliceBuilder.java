package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceSlice}: {@code new V1ResourceSliceBuilder().withX(...)...build()}. */
public class V1ResourceSliceBuilder extends V1ResourceSliceFluent<V1ResourceSliceBuilder> {
  public V1ResourceSliceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceSliceBuilder(V1ResourceSlice instance) {
    super(instance);
  }

  public V1ResourceSlice build() {
    return toModel();
  }
}
