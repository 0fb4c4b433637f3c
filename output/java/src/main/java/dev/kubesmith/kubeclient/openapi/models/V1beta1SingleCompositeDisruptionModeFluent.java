package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1SingleCompositeDisruptionMode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1SingleCompositeDisruptionModeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1SingleCompositeDisruptionModeFluent<A extends V1beta1SingleCompositeDisruptionModeFluent<A>> {

  public V1beta1SingleCompositeDisruptionModeFluent() {}

  public V1beta1SingleCompositeDisruptionModeFluent(V1beta1SingleCompositeDisruptionMode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1SingleCompositeDisruptionMode instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1beta1SingleCompositeDisruptionMode} holding what was set (lists and maps copied). */
  V1beta1SingleCompositeDisruptionMode toModel() {
    V1beta1SingleCompositeDisruptionMode o = new V1beta1SingleCompositeDisruptionMode();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
