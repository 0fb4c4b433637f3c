package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceQuotaSpec}: {@code new V1ResourceQuotaSpecBuilder().withX(...)...build()}. */
public class V1ResourceQuotaSpecBuilder extends V1ResourceQuotaSpecFluent<V1ResourceQuotaSpecBuilder> {
  public V1ResourceQuotaSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceQuotaSpecBuilder(V1ResourceQuotaSpec instance) {
    super(instance);
  }

  public V1ResourceQuotaSpec build() {
    return toModel();
  }
}
