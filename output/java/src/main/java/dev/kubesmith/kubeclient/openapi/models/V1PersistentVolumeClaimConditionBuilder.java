package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PersistentVolumeClaimCondition}: {@code new V1PersistentVolumeClaimConditionBuilder().withX(...)...build()}. */
public class V1PersistentVolumeClaimConditionBuilder extends V1PersistentVolumeClaimConditionFluent<V1PersistentVolumeClaimConditionBuilder> {
  public V1PersistentVolumeClaimConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PersistentVolumeClaimConditionBuilder(V1PersistentVolumeClaimCondition instance) {
    super(instance);
  }

  public V1PersistentVolumeClaimCondition build() {
    return toModel();
  }
}
