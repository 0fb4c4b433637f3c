package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ExecAction}: {@code new V1ExecActionBuilder().withX(...)...build()}. */
public class V1ExecActionBuilder extends V1ExecActionFluent<V1ExecActionBuilder> {
  public V1ExecActionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ExecActionBuilder(V1ExecAction instance) {
    super(instance);
  }

  public V1ExecAction build() {
    return toModel();
  }
}
