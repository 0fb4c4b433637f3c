package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2HorizontalPodAutoscaler}: {@code new V2HorizontalPodAutoscalerBuilder().withX(...)...build()}. */
public class V2HorizontalPodAutoscalerBuilder extends V2HorizontalPodAutoscalerFluent<V2HorizontalPodAutoscalerBuilder> {
  public V2HorizontalPodAutoscalerBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2HorizontalPodAutoscalerBuilder(V2HorizontalPodAutoscaler instance) {
    super(instance);
  }

  public V2HorizontalPodAutoscaler build() {
    return toModel();
  }
}
