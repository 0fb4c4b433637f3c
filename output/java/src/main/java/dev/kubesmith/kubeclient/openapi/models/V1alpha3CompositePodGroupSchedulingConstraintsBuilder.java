package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositePodGroupSchedulingConstraints}: {@code new V1alpha3CompositePodGroupSchedulingConstraintsBuilder().withX(...)...build()}. */
public class V1alpha3CompositePodGroupSchedulingConstraintsBuilder extends V1alpha3CompositePodGroupSchedulingConstraintsFluent<V1alpha3CompositePodGroupSchedulingConstraintsBuilder> {
  public V1alpha3CompositePodGroupSchedulingConstraintsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositePodGroupSchedulingConstraintsBuilder(V1alpha3CompositePodGroupSchedulingConstraints instance) {
    super(instance);
  }

  public V1alpha3CompositePodGroupSchedulingConstraints build() {
    return toModel();
  }
}
