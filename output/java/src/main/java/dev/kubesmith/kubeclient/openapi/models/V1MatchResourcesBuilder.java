package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MatchResources}: {@code new V1MatchResourcesBuilder().withX(...)...build()}. */
public class V1MatchResourcesBuilder extends V1MatchResourcesFluent<V1MatchResourcesBuilder> {
  public V1MatchResourcesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MatchResourcesBuilder(V1MatchResources instance) {
    super(instance);
  }

  public V1MatchResources build() {
    return toModel();
  }
}
