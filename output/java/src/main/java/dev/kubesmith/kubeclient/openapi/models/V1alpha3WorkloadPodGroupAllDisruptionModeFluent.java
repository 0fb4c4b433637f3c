package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3WorkloadPodGroupAllDisruptionMode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3WorkloadPodGroupAllDisruptionModeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3WorkloadPodGroupAllDisruptionModeFluent<A extends V1alpha3WorkloadPodGroupAllDisruptionModeFluent<A>> {

  public V1alpha3WorkloadPodGroupAllDisruptionModeFluent() {}

  public V1alpha3WorkloadPodGroupAllDisruptionModeFluent(V1alpha3WorkloadPodGroupAllDisruptionMode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3WorkloadPodGroupAllDisruptionMode instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1alpha3WorkloadPodGroupAllDisruptionMode} holding what was set (lists and maps copied). */
  V1alpha3WorkloadPodGroupAllDisruptionMode toModel() {
    V1alpha3WorkloadPodGroupAllDisruptionMode o = new V1alpha3WorkloadPodGroupAllDisruptionMode();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
