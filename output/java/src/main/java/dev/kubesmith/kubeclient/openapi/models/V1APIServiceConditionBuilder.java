package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIServiceCondition}: {@code new V1APIServiceConditionBuilder().withX(...)...build()}. */
public class V1APIServiceConditionBuilder extends V1APIServiceConditionFluent<V1APIServiceConditionBuilder> {
  public V1APIServiceConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIServiceConditionBuilder(V1APIServiceCondition instance) {
    super(instance);
  }

  public V1APIServiceCondition build() {
    return toModel();
  }
}
