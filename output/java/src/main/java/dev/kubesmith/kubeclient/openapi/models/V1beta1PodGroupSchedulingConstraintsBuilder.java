package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodGroupSchedulingConstraints}: {@code new V1beta1PodGroupSchedulingConstraintsBuilder().withX(...)...build()}. */
public class V1beta1PodGroupSchedulingConstraintsBuilder extends V1beta1PodGroupSchedulingConstraintsFluent<V1beta1PodGroupSchedulingConstraintsBuilder> {
  public V1beta1PodGroupSchedulingConstraintsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodGroupSchedulingConstraintsBuilder(V1beta1PodGroupSchedulingConstraints instance) {
    super(instance);
  }

  public V1beta1PodGroupSchedulingConstraints build() {
    return toModel();
  }
}
