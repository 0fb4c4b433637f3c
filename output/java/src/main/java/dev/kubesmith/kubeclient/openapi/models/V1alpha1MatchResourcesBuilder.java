package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1MatchResources}: {@code new V1alpha1MatchResourcesBuilder().withX(...)...build()}. */
public class V1alpha1MatchResourcesBuilder extends V1alpha1MatchResourcesFluent<V1alpha1MatchResourcesBuilder> {
  public V1alpha1MatchResourcesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1MatchResourcesBuilder(V1alpha1MatchResources instance) {
    super(instance);
  }

  public V1alpha1MatchResources build() {
    return toModel();
  }
}
