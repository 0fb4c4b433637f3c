package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceQuotaStatus}: {@code new V1ResourceQuotaStatusBuilder().withX(...)...build()}. */
public class V1ResourceQuotaStatusBuilder extends V1ResourceQuotaStatusFluent<V1ResourceQuotaStatusBuilder> {
  public V1ResourceQuotaStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceQuotaStatusBuilder(V1ResourceQuotaStatus instance) {
    super(instance);
  }

  public V1ResourceQuotaStatus build() {
    return toModel();
  }
}
