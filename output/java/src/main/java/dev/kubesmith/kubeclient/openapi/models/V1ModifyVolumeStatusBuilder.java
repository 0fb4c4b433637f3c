package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ModifyVolumeStatus}: {@code new V1ModifyVolumeStatusBuilder().withX(...)...build()}. */
public class V1ModifyVolumeStatusBuilder extends V1ModifyVolumeStatusFluent<V1ModifyVolumeStatusBuilder> {
  public V1ModifyVolumeStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ModifyVolumeStatusBuilder(V1ModifyVolumeStatus instance) {
    super(instance);
  }

  public V1ModifyVolumeStatus build() {
    return toModel();
  }
}
