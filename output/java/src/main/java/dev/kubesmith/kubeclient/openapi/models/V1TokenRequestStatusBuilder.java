package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TokenRequestStatus}: {@code new V1TokenRequestStatusBuilder().withX(...)...build()}. */
public class V1TokenRequestStatusBuilder extends V1TokenRequestStatusFluent<V1TokenRequestStatusBuilder> {
  public V1TokenRequestStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TokenRequestStatusBuilder(V1TokenRequestStatus instance) {
    super(instance);
  }

  public V1TokenRequestStatus build() {
    return toModel();
  }
}
