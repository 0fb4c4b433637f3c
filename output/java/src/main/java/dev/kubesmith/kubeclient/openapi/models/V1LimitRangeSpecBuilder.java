package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LimitRangeSpec}: {@code new V1LimitRangeSpecBuilder().withX(...)...build()}. */
public class V1LimitRangeSpecBuilder extends V1LimitRangeSpecFluent<V1LimitRangeSpecBuilder> {
  public V1LimitRangeSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LimitRangeSpecBuilder(V1LimitRangeSpec instance) {
    super(instance);
  }

  public V1LimitRangeSpec build() {
    return toModel();
  }
}
