package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatefulSetPersistentVolumeClaimRetentionPolicy}: {@code new V1StatefulSetPersistentVolumeClaimRetentionPolicyBuilder().withX(...)...build()}. */
public class V1StatefulSetPersistentVolumeClaimRetentionPolicyBuilder extends V1StatefulSetPersistentVolumeClaimRetentionPolicyFluent<V1StatefulSetPersistentVolumeClaimRetentionPolicyBuilder> {
  public V1StatefulSetPersistentVolumeClaimRetentionPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatefulSetPersistentVolumeClaimRetentionPolicyBuilder(V1StatefulSetPersistentVolumeClaimRetentionPolicy instance) {
    super(instance);
  }

  public V1StatefulSetPersistentVolumeClaimRetentionPolicy build() {
    return toModel();
  }
}
