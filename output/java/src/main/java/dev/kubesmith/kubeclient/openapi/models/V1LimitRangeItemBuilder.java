package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LimitRangeItem}: {@code new V1LimitRangeItemBuilder().withX(...)...build()}. */
public class V1LimitRangeItemBuilder extends V1LimitRangeItemFluent<V1LimitRangeItemBuilder> {
  public V1LimitRangeItemBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LimitRangeItemBuilder(V1LimitRangeItem instance) {
    super(instance);
  }

  public V1LimitRangeItem build() {
    return toModel();
  }
}
