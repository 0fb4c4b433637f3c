package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PartitionTypeStatus}: {@code new V1alpha3PartitionTypeStatusBuilder().withX(...)...build()}. */
public class V1alpha3PartitionTypeStatusBuilder extends V1alpha3PartitionTypeStatusFluent<V1alpha3PartitionTypeStatusBuilder> {
  public V1alpha3PartitionTypeStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PartitionTypeStatusBuilder(V1alpha3PartitionTypeStatus instance) {
    super(instance);
  }

  public V1alpha3PartitionTypeStatus build() {
    return toModel();
  }
}
