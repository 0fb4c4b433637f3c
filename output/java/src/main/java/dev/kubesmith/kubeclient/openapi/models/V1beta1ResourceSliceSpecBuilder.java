package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ResourceSliceSpec}: {@code new V1beta1ResourceSliceSpecBuilder().withX(...)...build()}. */
public class V1beta1ResourceSliceSpecBuilder extends V1beta1ResourceSliceSpecFluent<V1beta1ResourceSliceSpecBuilder> {
  public V1beta1ResourceSliceSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ResourceSliceSpecBuilder(V1beta1ResourceSliceSpec instance) {
    super(instance);
  }

  public V1beta1ResourceSliceSpec build() {
    return toModel();
  }
}
