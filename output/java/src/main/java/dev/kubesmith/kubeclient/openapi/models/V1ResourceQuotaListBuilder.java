package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceQuotaList}: {@code new V1ResourceQuotaListBuilder().withX(...)...build()}. */
public class V1ResourceQuotaListBuilder extends V1ResourceQuotaListFluent<V1ResourceQuotaListBuilder> {
  public V1ResourceQuotaListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceQuotaListBuilder(V1ResourceQuotaList instance) {
    super(instance);
  }

  public V1ResourceQuotaList build() {
    return toModel();
  }
}
