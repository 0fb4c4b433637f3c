package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceSliceSpec}: {@code new V1ResourceSliceSpecBuilder().withX(...)...build()}. */
public class V1ResourceSliceSpecBuilder extends V1ResourceSliceSpecFluent<V1ResourceSliceSpecBuilder> {
  public V1ResourceSliceSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceSliceSpecBuilder(V1ResourceSliceSpec instance) {
    super(instance);
  }

  public V1ResourceSliceSpec build() {
    return toModel();
  }
}
