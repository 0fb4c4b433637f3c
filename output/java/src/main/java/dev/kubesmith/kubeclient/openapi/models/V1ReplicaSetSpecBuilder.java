package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicaSetSpec}: {@code new V1ReplicaSetSpecBuilder().withX(...)...build()}. */
public class V1ReplicaSetSpecBuilder extends V1ReplicaSetSpecFluent<V1ReplicaSetSpecBuilder> {
  public V1ReplicaSetSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicaSetSpecBuilder(V1ReplicaSetSpec instance) {
    super(instance);
  }

  public V1ReplicaSetSpec build() {
    return toModel();
  }
}
