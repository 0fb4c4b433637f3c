package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EndpointHints}: {@code new V1EndpointHintsBuilder().withX(...)...build()}. */
public class V1EndpointHintsBuilder extends V1EndpointHintsFluent<V1EndpointHintsBuilder> {
  public V1EndpointHintsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EndpointHintsBuilder(V1EndpointHints instance) {
    super(instance);
  }

  public V1EndpointHints build() {
    return toModel();
  }
}
