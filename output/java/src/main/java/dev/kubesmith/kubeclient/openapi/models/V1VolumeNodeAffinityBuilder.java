package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1VolumeNodeAffinity}: {@code new V1VolumeNodeAffinityBuilder().withX(...)...build()}. */
public class V1VolumeNodeAffinityBuilder extends V1VolumeNodeAffinityFluent<V1VolumeNodeAffinityBuilder> {
  public V1VolumeNodeAffinityBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1VolumeNodeAffinityBuilder(V1VolumeNodeAffinity instance) {
    super(instance);
  }

  public V1VolumeNodeAffinity build() {
    return toModel();
  }
}
