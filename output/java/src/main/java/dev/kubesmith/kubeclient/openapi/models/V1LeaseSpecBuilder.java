package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LeaseSpec}: {@code new V1LeaseSpecBuilder().withX(...)...build()}. */
public class V1LeaseSpecBuilder extends V1LeaseSpecFluent<V1LeaseSpecBuilder> {
  public V1LeaseSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LeaseSpecBuilder(V1LeaseSpec instance) {
    super(instance);
  }

  public V1LeaseSpec build() {
    return toModel();
  }
}
