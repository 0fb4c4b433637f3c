package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HorizontalPodAutoscalerStatus}: {@code new V1HorizontalPodAutoscalerStatusBuilder().withX(...)...build()}. */
public class V1HorizontalPodAutoscalerStatusBuilder extends V1HorizontalPodAutoscalerStatusFluent<V1HorizontalPodAutoscalerStatusBuilder> {
  public V1HorizontalPodAutoscalerStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HorizontalPodAutoscalerStatusBuilder(V1HorizontalPodAutoscalerStatus instance) {
    super(instance);
  }

  public V1HorizontalPodAutoscalerStatus build() {
    return toModel();
  }
}
