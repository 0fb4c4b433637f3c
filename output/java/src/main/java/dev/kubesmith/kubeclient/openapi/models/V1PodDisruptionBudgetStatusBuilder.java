package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodDisruptionBudgetStatus}: {@code new V1PodDisruptionBudgetStatusBuilder().withX(...)...build()}. */
public class V1PodDisruptionBudgetStatusBuilder extends V1PodDisruptionBudgetStatusFluent<V1PodDisruptionBudgetStatusBuilder> {
  public V1PodDisruptionBudgetStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodDisruptionBudgetStatusBuilder(V1PodDisruptionBudgetStatus instance) {
    super(instance);
  }

  public V1PodDisruptionBudgetStatus build() {
    return toModel();
  }
}
