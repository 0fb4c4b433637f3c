package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIServiceList}: {@code new V1APIServiceListBuilder().withX(...)...build()}. */
public class V1APIServiceListBuilder extends V1APIServiceListFluent<V1APIServiceListBuilder> {
  public V1APIServiceListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIServiceListBuilder(V1APIServiceList instance) {
    super(instance);
  }

  public V1APIServiceList build() {
    return toModel();
  }
}
