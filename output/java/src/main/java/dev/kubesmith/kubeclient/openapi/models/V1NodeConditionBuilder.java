package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeCondition}: {@code new V1NodeConditionBuilder().withX(...)...build()}. */
public class V1NodeConditionBuilder extends V1NodeConditionFluent<V1NodeConditionBuilder> {
  public V1NodeConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeConditionBuilder(V1NodeCondition instance) {
    super(instance);
  }

  public V1NodeCondition build() {
    return toModel();
  }
}
