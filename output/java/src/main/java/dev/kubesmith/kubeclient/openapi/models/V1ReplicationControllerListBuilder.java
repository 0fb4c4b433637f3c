package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicationControllerList}: {@code new V1ReplicationControllerListBuilder().withX(...)...build()}. */
public class V1ReplicationControllerListBuilder extends V1ReplicationControllerListFluent<V1ReplicationControllerListBuilder> {
  public V1ReplicationControllerListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicationControllerListBuilder(V1ReplicationControllerList instance) {
    super(instance);
  }

  public V1ReplicationControllerList build() {
    return toModel();
  }
}
