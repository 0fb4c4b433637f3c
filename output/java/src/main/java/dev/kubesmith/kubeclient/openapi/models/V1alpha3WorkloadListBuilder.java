package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3WorkloadList}: {@code new V1alpha3WorkloadListBuilder().withX(...)...build()}. */
public class V1alpha3WorkloadListBuilder extends V1alpha3WorkloadListFluent<V1alpha3WorkloadListBuilder> {
  public V1alpha3WorkloadListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3WorkloadListBuilder(V1alpha3WorkloadList instance) {
    super(instance);
  }

  public V1alpha3WorkloadList build() {
    return toModel();
  }
}
