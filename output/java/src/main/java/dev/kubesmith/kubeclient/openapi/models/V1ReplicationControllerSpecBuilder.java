package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicationControllerSpec}: {@code new V1ReplicationControllerSpecBuilder().withX(...)...build()}. */
public class V1ReplicationControllerSpecBuilder extends V1ReplicationControllerSpecFluent<V1ReplicationControllerSpecBuilder> {
  public V1ReplicationControllerSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicationControllerSpecBuilder(V1ReplicationControllerSpec instance) {
    super(instance);
  }

  public V1ReplicationControllerSpec build() {
    return toModel();
  }
}
