package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1TopologySpreadConstraint}: {@code new V1TopologySpreadConstraintBuilder().withX(...)...build()}. */
public class V1TopologySpreadConstraintBuilder extends V1TopologySpreadConstraintFluent<V1TopologySpreadConstraintBuilder> {
  public V1TopologySpreadConstraintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TopologySpreadConstraintBuilder(V1TopologySpreadConstraint instance) {
    super(instance);
  }

  public V1TopologySpreadConstraint build() {
    return toModel();
  }
}
