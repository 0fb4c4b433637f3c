package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DaemonSetCondition}: {@code new V1DaemonSetConditionBuilder().withX(...)...build()}. */
public class V1DaemonSetConditionBuilder extends V1DaemonSetConditionFluent<V1DaemonSetConditionBuilder> {
  public V1DaemonSetConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DaemonSetConditionBuilder(V1DaemonSetCondition instance) {
    super(instance);
  }

  public V1DaemonSetCondition build() {
    return toModel();
  }
}
