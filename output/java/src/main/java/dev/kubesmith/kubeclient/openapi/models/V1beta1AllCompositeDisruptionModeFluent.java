package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1AllCompositeDisruptionMode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1AllCompositeDisruptionModeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1AllCompositeDisruptionModeFluent<A extends V1beta1AllCompositeDisruptionModeFluent<A>> {

  public V1beta1AllCompositeDisruptionModeFluent() {}

  public V1beta1AllCompositeDisruptionModeFluent(V1beta1AllCompositeDisruptionMode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1AllCompositeDisruptionMode instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1beta1AllCompositeDisruptionMode} holding what was set (lists and maps copied). */
  V1beta1AllCompositeDisruptionMode toModel() {
    V1beta1AllCompositeDisruptionMode o = new V1beta1AllCompositeDisruptionMode();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
