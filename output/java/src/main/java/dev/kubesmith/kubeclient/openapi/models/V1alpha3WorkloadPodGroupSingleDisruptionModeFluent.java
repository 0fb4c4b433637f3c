package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3WorkloadPodGroupSingleDisruptionMode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3WorkloadPodGroupSingleDisruptionModeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3WorkloadPodGroupSingleDisruptionModeFluent<A extends V1alpha3WorkloadPodGroupSingleDisruptionModeFluent<A>> {

  public V1alpha3WorkloadPodGroupSingleDisruptionModeFluent() {}

  public V1alpha3WorkloadPodGroupSingleDisruptionModeFluent(V1alpha3WorkloadPodGroupSingleDisruptionMode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3WorkloadPodGroupSingleDisruptionMode instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1alpha3WorkloadPodGroupSingleDisruptionMode} holding what was set (lists and maps copied). */
  V1alpha3WorkloadPodGroupSingleDisruptionMode toModel() {
    V1alpha3WorkloadPodGroupSingleDisruptionMode o = new V1alpha3WorkloadPodGroupSingleDisruptionMode();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
