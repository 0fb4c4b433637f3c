package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NetworkPolicySpec}: {@code new V1NetworkPolicySpecBuilder().withX(...)...build()}. */
public class V1NetworkPolicySpecBuilder extends V1NetworkPolicySpecFluent<V1NetworkPolicySpecBuilder> {
  public V1NetworkPolicySpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NetworkPolicySpecBuilder(V1NetworkPolicySpec instance) {
    super(instance);
  }

  public V1NetworkPolicySpec build() {
    return toModel();
  }
}
