package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HorizontalPodAutoscalerList}: {@code new V1HorizontalPodAutoscalerListBuilder().withX(...)...build()}. */
public class V1HorizontalPodAutoscalerListBuilder extends V1HorizontalPodAutoscalerListFluent<V1HorizontalPodAutoscalerListBuilder> {
  public V1HorizontalPodAutoscalerListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HorizontalPodAutoscalerListBuilder(V1HorizontalPodAutoscalerList instance) {
    super(instance);
  }

  public V1HorizontalPodAutoscalerList build() {
    return toModel();
  }
}
