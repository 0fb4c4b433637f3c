package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1JSONPatch}: {@code new V1alpha1JSONPatchBuilder().withX(...)...build()}. */
public class V1alpha1JSONPatchBuilder extends V1alpha1JSONPatchFluent<V1alpha1JSONPatchBuilder> {
  public V1alpha1JSONPatchBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1JSONPatchBuilder(V1alpha1JSONPatch instance) {
    super(instance);
  }

  public V1alpha1JSONPatch build() {
    return toModel();
  }
}
