package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeRuntimeHandlerFeatures}: {@code new V1NodeRuntimeHandlerFeaturesBuilder().withX(...)...build()}. */
public class V1NodeRuntimeHandlerFeaturesBuilder extends V1NodeRuntimeHandlerFeaturesFluent<V1NodeRuntimeHandlerFeaturesBuilder> {
  public V1NodeRuntimeHandlerFeaturesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeRuntimeHandlerFeaturesBuilder(V1NodeRuntimeHandlerFeatures instance) {
    super(instance);
  }

  public V1NodeRuntimeHandlerFeatures build() {
    return toModel();
  }
}
