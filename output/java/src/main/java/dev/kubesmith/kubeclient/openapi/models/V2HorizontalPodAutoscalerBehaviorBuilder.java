package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2HorizontalPodAutoscalerBehavior}: {@code new V2HorizontalPodAutoscalerBehaviorBuilder().withX(...)...build()}. */
public class V2HorizontalPodAutoscalerBehaviorBuilder extends V2HorizontalPodAutoscalerBehaviorFluent<V2HorizontalPodAutoscalerBehaviorBuilder> {
  public V2HorizontalPodAutoscalerBehaviorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2HorizontalPodAutoscalerBehaviorBuilder(V2HorizontalPodAutoscalerBehavior instance) {
    super(instance);
  }

  public V2HorizontalPodAutoscalerBehavior build() {
    return toModel();
  }
}
