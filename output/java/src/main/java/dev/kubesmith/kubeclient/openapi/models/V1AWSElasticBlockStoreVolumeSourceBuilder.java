package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AWSElasticBlockStoreVolumeSource}: {@code new V1AWSElasticBlockStoreVolumeSourceBuilder().withX(...)...build()}. */
public class V1AWSElasticBlockStoreVolumeSourceBuilder extends V1AWSElasticBlockStoreVolumeSourceFluent<V1AWSElasticBlockStoreVolumeSourceBuilder> {
  public V1AWSElasticBlockStoreVolumeSourceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AWSElasticBlockStoreVolumeSourceBuilder(V1AWSElasticBlockStoreVolumeSource instance) {
    super(instance);
  }

  public V1AWSElasticBlockStoreVolumeSource build() {
    return toModel();
  }
}
