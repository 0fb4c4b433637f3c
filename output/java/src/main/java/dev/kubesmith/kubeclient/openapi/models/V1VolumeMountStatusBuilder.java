package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeMountStatus}: {@code new V1VolumeMountStatusBuilder().withX(...)...build()}. */
public class V1VolumeMountStatusBuilder extends V1VolumeMountStatusFluent<V1VolumeMountStatusBuilder> {
  public V1VolumeMountStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeMountStatusBuilder(V1VolumeMountStatus instance) {
    super(instance);
  }

  public V1VolumeMountStatus build() {
    return toModel();
  }
}
