package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SuccessPolicy}: {@code new V1SuccessPolicyBuilder().withX(...)...build()}. */
public class V1SuccessPolicyBuilder extends V1SuccessPolicyFluent<V1SuccessPolicyBuilder> {
  public V1SuccessPolicyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SuccessPolicyBuilder(V1SuccessPolicy instance) {
    super(instance);
  }

  public V1SuccessPolicy build() {
    return toModel();
  }
}
