package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicationControllerStatus}: {@code new V1ReplicationControllerStatusBuilder().withX(...)...build()}. */
public class V1ReplicationControllerStatusBuilder extends V1ReplicationControllerStatusFluent<V1ReplicationControllerStatusBuilder> {
  public V1ReplicationControllerStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicationControllerStatusBuilder(V1ReplicationControllerStatus instance) {
    super(instance);
  }

  public V1ReplicationControllerStatus build() {
    return toModel();
  }
}
