package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CompositePodGroupSchedulingConstraints}: {@code new V1beta1CompositePodGroupSchedulingConstraintsBuilder().withX(...)...build()}. */
public class V1beta1CompositePodGroupSchedulingConstraintsBuilder extends V1beta1CompositePodGroupSchedulingConstraintsFluent<V1beta1CompositePodGroupSchedulingConstraintsBuilder> {
  public V1beta1CompositePodGroupSchedulingConstraintsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CompositePodGroupSchedulingConstraintsBuilder(V1beta1CompositePodGroupSchedulingConstraints instance) {
    super(instance);
  }

  public V1beta1CompositePodGroupSchedulingConstraints build() {
    return toModel();
  }
}
