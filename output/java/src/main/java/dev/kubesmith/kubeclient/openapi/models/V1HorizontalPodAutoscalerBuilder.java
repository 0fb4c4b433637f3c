package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HorizontalPodAutoscaler}: {@code new V1HorizontalPodAutoscalerBuilder().withX(...)...build()}. */
public class V1HorizontalPodAutoscalerBuilder extends V1HorizontalPodAutoscalerFluent<V1HorizontalPodAutoscalerBuilder> {
  public V1HorizontalPodAutoscalerBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HorizontalPodAutoscalerBuilder(V1HorizontalPodAutoscaler instance) {
    super(instance);
  }

  public V1HorizontalPodAutoscaler build() {
    return toModel();
  }
}
