package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeFeatures}: {@code new V1NodeFeaturesBuilder().withX(...)...build()}. */
public class V1NodeFeaturesBuilder extends V1NodeFeaturesFluent<V1NodeFeaturesBuilder> {
  public V1NodeFeaturesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeFeaturesBuilder(V1NodeFeatures instance) {
    super(instance);
  }

  public V1NodeFeatures build() {
    return toModel();
  }
}
