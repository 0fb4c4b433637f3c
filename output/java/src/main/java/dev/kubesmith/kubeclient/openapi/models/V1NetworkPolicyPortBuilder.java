package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NetworkPolicyPort}: {@code new V1NetworkPolicyPortBuilder().withX(...)...build()}. */
public class V1NetworkPolicyPortBuilder extends V1NetworkPolicyPortFluent<V1NetworkPolicyPortBuilder> {
  public V1NetworkPolicyPortBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NetworkPolicyPortBuilder(V1NetworkPolicyPort instance) {
    super(instance);
  }

  public V1NetworkPolicyPort build() {
    return toModel();
  }
}
