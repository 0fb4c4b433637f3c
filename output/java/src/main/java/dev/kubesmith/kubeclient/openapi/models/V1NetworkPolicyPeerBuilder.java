package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NetworkPolicyPeer}: {@code new V1NetworkPolicyPeerBuilder().withX(...)...build()}. */
public class V1NetworkPolicyPeerBuilder extends V1NetworkPolicyPeerFluent<V1NetworkPolicyPeerBuilder> {
  public V1NetworkPolicyPeerBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NetworkPolicyPeerBuilder(V1NetworkPolicyPeer instance) {
    super(instance);
  }

  public V1NetworkPolicyPeer build() {
    return toModel();
  }
}
