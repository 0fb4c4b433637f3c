package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeHealthCondition}: {@code new V1VolumeHealthConditionBuilder().withX(...)...build()}. */
public class V1VolumeHealthConditionBuilder extends V1VolumeHealthConditionFluent<V1VolumeHealthConditionBuilder> {
  public V1VolumeHealthConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeHealthConditionBuilder(V1VolumeHealthCondition instance) {
    super(instance);
  }

  public V1VolumeHealthCondition build() {
    return toModel();
  }
}
