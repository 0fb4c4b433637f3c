package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1MatchResources}: {@code new V1beta1MatchResourcesBuilder().withX(...)...build()}. */
public class V1beta1MatchResourcesBuilder extends V1beta1MatchResourcesFluent<V1beta1MatchResourcesBuilder> {
  public V1beta1MatchResourcesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1MatchResourcesBuilder(V1beta1MatchResources instance) {
    super(instance);
  }

  public V1beta1MatchResources build() {
    return toModel();
  }
}
