package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIResourceList}: {@code new V1APIResourceListBuilder().withX(...)...build()}. */
public class V1APIResourceListBuilder extends V1APIResourceListFluent<V1APIResourceListBuilder> {
  public V1APIResourceListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIResourceListBuilder(V1APIResourceList instance) {
    super(instance);
  }

  public V1APIResourceList build() {
    return toModel();
  }
}
