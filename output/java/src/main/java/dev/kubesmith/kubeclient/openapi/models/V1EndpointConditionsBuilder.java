package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EndpointConditions}: {@code new V1EndpointConditionsBuilder().withX(...)...build()}. */
public class V1EndpointConditionsBuilder extends V1EndpointConditionsFluent<V1EndpointConditionsBuilder> {
  public V1EndpointConditionsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EndpointConditionsBuilder(V1EndpointConditions instance) {
    super(instance);
  }

  public V1EndpointConditions build() {
    return toModel();
  }
}
