package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1JSONPatch}: {@code new V1beta1JSONPatchBuilder().withX(...)...build()}. */
public class V1beta1JSONPatchBuilder extends V1beta1JSONPatchFluent<V1beta1JSONPatchBuilder> {
  public V1beta1JSONPatchBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1JSONPatchBuilder(V1beta1JSONPatch instance) {
    super(instance);
  }

  public V1beta1JSONPatch build() {
    return toModel();
  }
}
