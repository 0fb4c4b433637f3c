package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1WorkloadSpec}: {@code new V1beta1WorkloadSpecBuilder().withX(...)...build()}. */
public class V1beta1WorkloadSpecBuilder extends V1beta1WorkloadSpecFluent<V1beta1WorkloadSpecBuilder> {
  public V1beta1WorkloadSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1WorkloadSpecBuilder(V1beta1WorkloadSpec instance) {
    super(instance);
  }

  public V1beta1WorkloadSpec build() {
    return toModel();
  }
}
