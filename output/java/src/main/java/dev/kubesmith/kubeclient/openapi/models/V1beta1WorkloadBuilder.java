package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1Workload}: {@code new V1beta1WorkloadBuilder().withX(...)...build()}. */
public class V1beta1WorkloadBuilder extends V1beta1WorkloadFluent<V1beta1WorkloadBuilder> {
  public V1beta1WorkloadBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1WorkloadBuilder(V1beta1Workload instance) {
    super(instance);
  }

  public V1beta1Workload build() {
    return toModel();
  }
}
