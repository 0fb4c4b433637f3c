package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PodGroupSchedulingConstraints}: {@code new V1alpha3PodGroupSchedulingConstraintsBuilder().withX(...)...build()}. */
public class V1alpha3PodGroupSchedulingConstraintsBuilder extends V1alpha3PodGroupSchedulingConstraintsFluent<V1alpha3PodGroupSchedulingConstraintsBuilder> {
  public V1alpha3PodGroupSchedulingConstraintsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PodGroupSchedulingConstraintsBuilder(V1alpha3PodGroupSchedulingConstraints instance) {
    super(instance);
  }

  public V1alpha3PodGroupSchedulingConstraints build() {
    return toModel();
  }
}
