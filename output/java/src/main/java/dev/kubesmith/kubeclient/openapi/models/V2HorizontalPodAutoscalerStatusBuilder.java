package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2HorizontalPodAutoscalerStatus}: {@code new V2HorizontalPodAutoscalerStatusBuilder().withX(...)...build()}. */
public class V2HorizontalPodAutoscalerStatusBuilder extends V2HorizontalPodAutoscalerStatusFluent<V2HorizontalPodAutoscalerStatusBuilder> {
  public V2HorizontalPodAutoscalerStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2HorizontalPodAutoscalerStatusBuilder(V2HorizontalPodAutoscalerStatus instance) {
    super(instance);
  }

  public V2HorizontalPodAutoscalerStatus build() {
    return toModel();
  }
}
