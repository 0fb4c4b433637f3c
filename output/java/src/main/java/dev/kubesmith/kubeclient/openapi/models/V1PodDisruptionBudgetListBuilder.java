package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodDisruptionBudgetList}: {@code new V1PodDisruptionBudgetListBuilder().withX(...)...build()}. */
public class V1PodDisruptionBudgetListBuilder extends V1PodDisruptionBudgetListFluent<V1PodDisruptionBudgetListBuilder> {
  public V1PodDisruptionBudgetListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodDisruptionBudgetListBuilder(V1PodDisruptionBudgetList instance) {
    super(instance);
  }

  public V1PodDisruptionBudgetList build() {
    return toModel();
  }
}
