package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicaSetStatus}: {@code new V1ReplicaSetStatusBuilder().withX(...)...build()}. */
public class V1ReplicaSetStatusBuilder extends V1ReplicaSetStatusFluent<V1ReplicaSetStatusBuilder> {
  public V1ReplicaSetStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicaSetStatusBuilder(V1ReplicaSetStatus instance) {
    super(instance);
  }

  public V1ReplicaSetStatus build() {
    return toModel();
  }
}
