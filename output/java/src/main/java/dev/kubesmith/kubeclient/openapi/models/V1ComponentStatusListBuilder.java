package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ComponentStatusList}: {@code new V1ComponentStatusListBuilder().withX(...)...build()}. */
public class V1ComponentStatusListBuilder extends V1ComponentStatusListFluent<V1ComponentStatusListBuilder> {
  public V1ComponentStatusListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ComponentStatusListBuilder(V1ComponentStatusList instance) {
    super(instance);
  }

  public V1ComponentStatusList build() {
    return toModel();
  }
}
