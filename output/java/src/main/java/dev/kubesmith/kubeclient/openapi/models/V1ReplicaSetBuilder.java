package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicaSet}: {@code new V1ReplicaSetBuilder().withX(...)...build()}. */
public class V1ReplicaSetBuilder extends V1ReplicaSetFluent<V1ReplicaSetBuilder> {
  public V1ReplicaSetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicaSetBuilder(V1ReplicaSet instance) {
    super(instance);
  }

  public V1ReplicaSet build() {
    return toModel();
  }
}
