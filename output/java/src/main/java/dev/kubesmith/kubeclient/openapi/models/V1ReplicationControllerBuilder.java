package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ReplicationController}: {@code new V1ReplicationControllerBuilder().withX(...)...build()}. */
public class V1ReplicationControllerBuilder extends V1ReplicationControllerFluent<V1ReplicationControllerBuilder> {
  public V1ReplicationControllerBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ReplicationControllerBuilder(V1ReplicationController instance) {
    super(instance);
  }

  public V1ReplicationController build() {
    return toModel();
  }
}
