package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TCPSocketAction}: {@code new V1TCPSocketActionBuilder().withX(...)...build()}. */
public class V1TCPSocketActionBuilder extends V1TCPSocketActionFluent<V1TCPSocketActionBuilder> {
  public V1TCPSocketActionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TCPSocketActionBuilder(V1TCPSocketAction instance) {
    super(instance);
  }

  public V1TCPSocketAction build() {
    return toModel();
  }
}
