package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2HorizontalPodAutoscalerCondition}: {@code new V2HorizontalPodAutoscalerConditionBuilder().withX(...)...build()}. */
public class V2HorizontalPodAutoscalerConditionBuilder extends V2HorizontalPodAutoscalerConditionFluent<V2HorizontalPodAutoscalerConditionBuilder> {
  public V2HorizontalPodAutoscalerConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2HorizontalPodAutoscalerConditionBuilder(V2HorizontalPodAutoscalerCondition instance) {
    super(instance);
  }

  public V2HorizontalPodAutoscalerCondition build() {
    return toModel();
  }
}
