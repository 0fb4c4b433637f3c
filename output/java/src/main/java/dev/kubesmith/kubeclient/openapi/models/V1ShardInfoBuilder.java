package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ShardInfo}: {@code new V1ShardInfoBuilder().withX(...)...build()}. */
public class V1ShardInfoBuilder extends V1ShardInfoFluent<V1ShardInfoBuilder> {
  public V1ShardInfoBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ShardInfoBuilder(V1ShardInfo instance) {
    super(instance);
  }

  public V1ShardInfo build() {
    return toModel();
  }
}
