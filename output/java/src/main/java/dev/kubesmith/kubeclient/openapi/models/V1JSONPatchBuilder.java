package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1JSONPatch}: {@code new V1JSONPatchBuilder().withX(...)...build()}. */
public class V1JSONPatchBuilder extends V1JSONPatchFluent<V1JSONPatchBuilder> {
  public V1JSONPatchBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1JSONPatchBuilder(V1JSONPatch instance) {
    super(instance);
  }

  public V1JSONPatch build() {
    return toModel();
  }
}
