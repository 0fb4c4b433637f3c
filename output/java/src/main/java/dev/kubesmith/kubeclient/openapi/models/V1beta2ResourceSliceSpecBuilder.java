package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2ResourceSliceSpec}: {@code new V1beta2ResourceSliceSpecBuilder().withX(...)...build()}. */
public class V1beta2ResourceSliceSpecBuilder extends V1beta2ResourceSliceSpecFluent<V1beta2ResourceSliceSpecBuilder> {
  public V1beta2ResourceSliceSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2ResourceSliceSpecBuilder(V1beta2ResourceSliceSpec instance) {
    super(instance);
  }

  public V1beta2ResourceSliceSpec build() {
    return toModel();
  }
}
