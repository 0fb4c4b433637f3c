package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LimitRange}: {@code new V1LimitRangeBuilder().withX(...)...build()}. */
public class V1LimitRangeBuilder extends V1LimitRangeFluent<V1LimitRangeBuilder> {
  public V1LimitRangeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LimitRangeBuilder(V1LimitRange instance) {
    super(instance);
  }

  public V1LimitRange build() {
    return toModel();
  }
}
