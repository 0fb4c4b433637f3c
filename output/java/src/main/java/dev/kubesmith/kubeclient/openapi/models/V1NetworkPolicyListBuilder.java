package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NetworkPolicyList}: {@code new V1NetworkPolicyListBuilder().withX(...)...build()}. */
public class V1NetworkPolicyListBuilder extends V1NetworkPolicyListFluent<V1NetworkPolicyListBuilder> {
  public V1NetworkPolicyListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NetworkPolicyListBuilder(V1NetworkPolicyList instance) {
    super(instance);
  }

  public V1NetworkPolicyList build() {
    return toModel();
  }
}
