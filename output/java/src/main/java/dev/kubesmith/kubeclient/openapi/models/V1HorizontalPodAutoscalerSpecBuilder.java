package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HorizontalPodAutoscalerSpec}: {@code new V1HorizontalPodAutoscalerSpecBuilder().withX(...)...build()}. */
public class V1HorizontalPodAutoscalerSpecBuilder extends V1HorizontalPodAutoscalerSpecFluent<V1HorizontalPodAutoscalerSpecBuilder> {
  public V1HorizontalPodAutoscalerSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HorizontalPodAutoscalerSpecBuilder(V1HorizontalPodAutoscalerSpec instance) {
    super(instance);
  }

  public V1HorizontalPodAutoscalerSpec build() {
    return toModel();
  }
}
