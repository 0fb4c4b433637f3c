package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1FlowDistinguisherMethod}: {@code new V1FlowDistinguisherMethodBuilder().withX(...)...build()}. */
public class V1FlowDistinguisherMethodBuilder extends V1FlowDistinguisherMethodFluent<V1FlowDistinguisherMethodBuilder> {
  public V1FlowDistinguisherMethodBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1FlowDistinguisherMethodBuilder(V1FlowDistinguisherMethod instance) {
    super(instance);
  }

  public V1FlowDistinguisherMethod build() {
    return toModel();
  }
}
