package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3AllDisruptionMode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3AllDisruptionModeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3AllDisruptionModeFluent<A extends V1alpha3AllDisruptionModeFluent<A>> {

  public V1alpha3AllDisruptionModeFluent() {}

  public V1alpha3AllDisruptionModeFluent(V1alpha3AllDisruptionMode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3AllDisruptionMode instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1alpha3AllDisruptionMode} holding what was set (lists and maps copied). */
  V1alpha3AllDisruptionMode toModel() {
    V1alpha3AllDisruptionMode o = new V1alpha3AllDisruptionMode();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
