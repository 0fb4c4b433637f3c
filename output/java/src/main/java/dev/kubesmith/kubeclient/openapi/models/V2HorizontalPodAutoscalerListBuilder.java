package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2HorizontalPodAutoscalerList}: {@code new V2HorizontalPodAutoscalerListBuilder().withX(...)...build()}. */
public class V2HorizontalPodAutoscalerListBuilder extends V2HorizontalPodAutoscalerListFluent<V2HorizontalPodAutoscalerListBuilder> {
  public V2HorizontalPodAutoscalerListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2HorizontalPodAutoscalerListBuilder(V2HorizontalPodAutoscalerList instance) {
    super(instance);
  }

  public V2HorizontalPodAutoscalerList build() {
    return toModel();
  }
}
