package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3ShareableCapacityStatus}: {@code new V1alpha3ShareableCapacityStatusBuilder().withX(...)...build()}. */
public class V1alpha3ShareableCapacityStatusBuilder extends V1alpha3ShareableCapacityStatusFluent<V1alpha3ShareableCapacityStatusBuilder> {
  public V1alpha3ShareableCapacityStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3ShareableCapacityStatusBuilder(V1alpha3ShareableCapacityStatus instance) {
    super(instance);
  }

  public V1alpha3ShareableCapacityStatus build() {
    return toModel();
  }
}
