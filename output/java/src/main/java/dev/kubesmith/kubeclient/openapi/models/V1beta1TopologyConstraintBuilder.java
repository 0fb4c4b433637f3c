package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1TopologyConstraint}: {@code new V1beta1TopologyConstraintBuilder().withX(...)...build()}. */
public class V1beta1TopologyConstraintBuilder extends V1beta1TopologyConstraintFluent<V1beta1TopologyConstraintBuilder> {
  public V1beta1TopologyConstraintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1TopologyConstraintBuilder(V1beta1TopologyConstraint instance) {
    super(instance);
  }

  public V1beta1TopologyConstraint build() {
    return toModel();
  }
}
