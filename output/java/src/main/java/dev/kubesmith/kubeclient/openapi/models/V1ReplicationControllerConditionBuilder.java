package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicationControllerCondition}: {@code new V1ReplicationControllerConditionBuilder().withX(...)...build()}. */
public class V1ReplicationControllerConditionBuilder extends V1ReplicationControllerConditionFluent<V1ReplicationControllerConditionBuilder> {
  public V1ReplicationControllerConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicationControllerConditionBuilder(V1ReplicationControllerCondition instance) {
    super(instance);
  }

  public V1ReplicationControllerCondition build() {
    return toModel();
  }
}
