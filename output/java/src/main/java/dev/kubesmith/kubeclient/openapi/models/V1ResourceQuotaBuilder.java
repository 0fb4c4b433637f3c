package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceQuota}: {@code new V1ResourceQuotaBuilder().withX(...)...build()}. */
public class V1ResourceQuotaBuilder extends V1ResourceQuotaFluent<V1ResourceQuotaBuilder> {
  public V1ResourceQuotaBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceQuotaBuilder(V1ResourceQuota instance) {
    super(instance);
  }

  public V1ResourceQuota build() {
    return toModel();
  }
}
