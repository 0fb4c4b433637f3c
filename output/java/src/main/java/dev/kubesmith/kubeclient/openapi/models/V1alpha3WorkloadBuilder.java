package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3Workload}: {@code new V1alpha3WorkloadBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadBuilder extends V1alpha3WorkloadFluent<V1alpha3WorkloadBuilder> {
  public V1alpha3WorkloadBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadBuilder(V1alpha3Workload instance) {
    super(instance);
  }

  public V1alpha3Workload build() {
    return toModel();
  }
}
