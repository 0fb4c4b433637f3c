package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ComponentCondition}: {@code new V1ComponentConditionBuilder().withX(...)...build()}. */
public class V1ComponentConditionBuilder extends V1ComponentConditionFluent<V1ComponentConditionBuilder> {
  public V1ComponentConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ComponentConditionBuilder(V1ComponentCondition instance) {
    super(instance);
  }

  public V1ComponentCondition build() {
    return toModel();
  }
}
