package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2HorizontalPodAutoscalerSpec}: {@code new V2HorizontalPodAutoscalerSpecBuilder().withX(...)...build()}. */
public class V2HorizontalPodAutoscalerSpecBuilder extends V2HorizontalPodAutoscalerSpecFluent<V2HorizontalPodAutoscalerSpecBuilder> {
  public V2HorizontalPodAutoscalerSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2HorizontalPodAutoscalerSpecBuilder(V2HorizontalPodAutoscalerSpec instance) {
    super(instance);
  }

  public V2HorizontalPodAutoscalerSpec build() {
    return toModel();
  }
}
