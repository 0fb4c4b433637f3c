package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Condition}: {@code new V1ConditionBuilder().withX(...)...build()}. */
public class V1ConditionBuilder extends V1ConditionFluent<V1ConditionBuilder> {
  public V1ConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ConditionBuilder(V1Condition instance) {
    super(instance);
  }

  public V1Condition build() {
    return toModel();
  }
}
