package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NetworkPolicy}: {@code new V1NetworkPolicyBuilder().withX(...)...build()}. */
public class V1NetworkPolicyBuilder extends V1NetworkPolicyFluent<V1NetworkPolicyBuilder> {
  public V1NetworkPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NetworkPolicyBuilder(V1NetworkPolicy instance) {
    super(instance);
  }

  public V1NetworkPolicy build() {
    return toModel();
  }
}
