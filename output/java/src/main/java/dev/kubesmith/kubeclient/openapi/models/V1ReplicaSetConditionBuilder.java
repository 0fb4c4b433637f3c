package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicaSetCondition}: {@code new V1ReplicaSetConditionBuilder().withX(...)...build()}. */
public class V1ReplicaSetConditionBuilder extends V1ReplicaSetConditionFluent<V1ReplicaSetConditionBuilder> {
  public V1ReplicaSetConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicaSetConditionBuilder(V1ReplicaSetCondition instance) {
    super(instance);
  }

  public V1ReplicaSetCondition build() {
    return toModel();
  }
}
