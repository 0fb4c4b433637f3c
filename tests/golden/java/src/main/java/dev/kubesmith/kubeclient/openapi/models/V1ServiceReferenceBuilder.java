package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceReference}: {@code new V1ServiceReferenceBuilder().withX(...)...build()}. */
public class V1ServiceReferenceBuilder extends V1ServiceReferenceFluent<V1ServiceReferenceBuilder> {
  public V1ServiceReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceReferenceBuilder(V1ServiceReference instance) {
    super(instance);
  }

  public V1ServiceReference build() {
    return toModel();
  }
}
