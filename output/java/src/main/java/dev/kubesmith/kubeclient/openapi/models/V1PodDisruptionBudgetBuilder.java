package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodDisruptionBudget}: {@code new V1PodDisruptionBudgetBuilder().withX(...)...build()}. */
public class V1PodDisruptionBudgetBuilder extends V1PodDisruptionBudgetFluent<V1PodDisruptionBudgetBuilder> {
  public V1PodDisruptionBudgetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodDisruptionBudgetBuilder(V1PodDisruptionBudget instance) {
    super(instance);
  }

  public V1PodDisruptionBudget build() {
    return toModel();
  }
}
