package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3SingleDisruptionMode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3SingleDisruptionModeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3SingleDisruptionModeFluent<A extends V1alpha3SingleDisruptionModeFluent<A>> {

  public V1alpha3SingleDisruptionModeFluent() {}

  public V1alpha3SingleDisruptionModeFluent(V1alpha3SingleDisruptionMode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3SingleDisruptionMode instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1alpha3SingleDisruptionMode} holding what was set (lists and maps copied). */
  V1alpha3SingleDisruptionMode toModel() {
    V1alpha3SingleDisruptionMode o = new V1alpha3SingleDisruptionMode();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
