package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Lease}: {@code new V1LeaseBuilder().withX(...)...build()}. */
public class V1LeaseBuilder extends V1LeaseFluent<V1LeaseBuilder> {
  public V1LeaseBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LeaseBuilder(V1Lease instance) {
    super(instance);
  }

  public V1Lease build() {
    return toModel();
  }
}
