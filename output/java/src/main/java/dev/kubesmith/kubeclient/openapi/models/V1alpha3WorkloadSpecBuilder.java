package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadSpec}: {@code new V1alpha3WorkloadSpecBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadSpecBuilder extends V1alpha3WorkloadSpecFluent<V1alpha3WorkloadSpecBuilder> {
  public V1alpha3WorkloadSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadSpecBuilder(V1alpha3WorkloadSpec instance) {
    super(instance);
  }

  public V1alpha3WorkloadSpec build() {
    return toModel();
  }
}
