package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3TopologyConstraint}: {@code new V1alpha3TopologyConstraintBuilder().withX(...)...build()}. */
public class V1alpha3TopologyConstraintBuilder extends V1alpha3TopologyConstraintFluent<V1alpha3TopologyConstraintBuilder> {
  public V1alpha3TopologyConstraintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3TopologyConstraintBuilder(V1alpha3TopologyConstraint instance) {
    super(instance);
  }

  public V1alpha3TopologyConstraint build() {
    return toModel();
  }
}
