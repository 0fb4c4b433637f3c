package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceAccountList}: {@code new V1ServiceAccountListBuilder().withX(...)...build()}. */
public class V1ServiceAccountListBuilder extends V1ServiceAccountListFluent<V1ServiceAccountListBuilder> {
  public V1ServiceAccountListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceAccountListBuilder(V1ServiceAccountList instance) {
    super(instance);
  }

  public V1ServiceAccountList build() {
    return toModel();
  }
}
