package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1WorkloadList}: {@code new V1beta1WorkloadListBuilder().withX(...)...build()}. */
public class V1beta1WorkloadListBuilder extends V1beta1WorkloadListFluent<V1beta1WorkloadListBuilder> {
  public V1beta1WorkloadListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1WorkloadListBuilder(V1beta1WorkloadList instance) {
    super(instance);
  }

  public V1beta1WorkloadList build() {
    return toModel();
  }
}
