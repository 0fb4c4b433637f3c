package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodDisruptionBudgetSpec}: {@code new V1PodDisruptionBudgetSpecBuilder().withX(...)...build()}. */
public class V1PodDisruptionBudgetSpecBuilder extends V1PodDisruptionBudgetSpecFluent<V1PodDisruptionBudgetSpecBuilder> {
  public V1PodDisruptionBudgetSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodDisruptionBudgetSpecBuilder(V1PodDisruptionBudgetSpec instance) {
    super(instance);
  }

  public V1PodDisruptionBudgetSpec build() {
    return toModel();
  }
}
