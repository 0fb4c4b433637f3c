package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicaSetList}: {@code new V1ReplicaSetListBuilder().withX(...)...build()}. */
public class V1ReplicaSetListBuilder extends V1ReplicaSetListFluent<V1ReplicaSetListBuilder> {
  public V1ReplicaSetListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicaSetListBuilder(V1ReplicaSetList instance) {
    super(instance);
  }

  public V1ReplicaSetList build() {
    return toModel();
  }
}
