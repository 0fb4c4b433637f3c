package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1JobSpec}: {@code new V1JobSpecBuilder().withX(...)...build()}. */
public class V1JobSpecBuilder extends V1JobSpecFluent<V1JobSpecBuilder> {
  public V1JobSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1JobSpecBuilder(V1JobSpec instance) {
    super(instance);
  }

  public V1JobSpec build() {
    return toModel();
  }
}
