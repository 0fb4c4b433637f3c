package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LeaseList}: {@code new V1LeaseListBuilder().withX(...)...build()}. */
public class V1LeaseListBuilder extends V1LeaseListFluent<V1LeaseListBuilder> {
  public V1LeaseListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LeaseListBuilder(V1LeaseList instance) {
    super(instance);
  }

  public V1LeaseList build() {
    return toModel();
  }
}
