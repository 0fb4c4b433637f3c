package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodCondition}: {@code new V1PodConditionBuilder().withX(...)...build()}. */
public class V1PodConditionBuilder extends V1PodConditionFluent<V1PodConditionBuilder> {
  public V1PodConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodConditionBuilder(V1PodCondition instance) {
    super(instance);
  }

  public V1PodCondition build() {
    return toModel();
  }
}
