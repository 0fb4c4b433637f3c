package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LimitRangeList}: {@code new V1LimitRangeListBuilder().withX(...)...build()}. */
public class V1LimitRangeListBuilder extends V1LimitRangeListFluent<V1LimitRangeListBuilder> {
  public V1LimitRangeListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LimitRangeListBuilder(V1LimitRangeList instance) {
    super(instance);
  }

  public V1LimitRangeList build() {
    return toModel();
  }
}
