package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1JobCondition}: {@code new V1JobConditionBuilder().withX(...)...build()}. */
public class V1JobConditionBuilder extends V1JobConditionFluent<V1JobConditionBuilder> {
  public V1JobConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1JobConditionBuilder(V1JobCondition instance) {
    super(instance);
  }

  public V1JobCondition build() {
    return toModel();
  }
}
