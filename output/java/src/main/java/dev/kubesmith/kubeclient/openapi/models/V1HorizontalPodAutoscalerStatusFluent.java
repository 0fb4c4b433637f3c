package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1HorizontalPodAutoscalerStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1HorizontalPodAutoscalerStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1HorizontalPodAutoscalerStatusFluent<A extends V1HorizontalPodAutoscalerStatusFluent<A>> {
  private Integer currentCPUUtilizationPercentage;
  private Integer currentReplicas;
  private Integer desiredReplicas;
  private OffsetDateTime lastScaleTime;
  private Long observedGeneration;

  public V1HorizontalPodAutoscalerStatusFluent() {}

  public V1HorizontalPodAutoscalerStatusFluent(V1HorizontalPodAutoscalerStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1HorizontalPodAutoscalerStatus instance) {
    if (instance != null) {
      this.currentCPUUtilizationPercentage = instance.getCurrentCPUUtilizationPercentage();
      this.currentReplicas = instance.getCurrentReplicas();
      this.desiredReplicas = instance.getDesiredReplicas();
      this.lastScaleTime = instance.getLastScaleTime();
      this.observedGeneration = instance.getObservedGeneration();
    }
  }

  /** A new {@link V1HorizontalPodAutoscalerStatus} holding what was set (lists and maps copied). */
  V1HorizontalPodAutoscalerStatus toModel() {
    V1HorizontalPodAutoscalerStatus o = new V1HorizontalPodAutoscalerStatus();
    o.setCurrentCPUUtilizationPercentage(currentCPUUtilizationPercentage);
    o.setCurrentReplicas(currentReplicas);
    o.setDesiredReplicas(desiredReplicas);
    o.setLastScaleTime(lastScaleTime);
    o.setObservedGeneration(observedGeneration);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getCurrentCPUUtilizationPercentage() {
    return currentCPUUtilizationPercentage;
  }

  public A withCurrentCPUUtilizationPercentage(Integer currentCPUUtilizationPercentage) {
    this.currentCPUUtilizationPercentage = currentCPUUtilizationPercentage;
    return self();
  }

  public boolean hasCurrentCPUUtilizationPercentage() {
    return currentCPUUtilizationPercentage != null;
  }

  public Integer getCurrentReplicas() {
    return currentReplicas;
  }

  public A withCurrentReplicas(Integer currentReplicas) {
    this.currentReplicas = currentReplicas;
    return self();
  }

  public boolean hasCurrentReplicas() {
    return currentReplicas != null;
  }

  public Integer getDesiredReplicas() {
    return desiredReplicas;
  }

  public A withDesiredReplicas(Integer desiredReplicas) {
    this.desiredReplicas = desiredReplicas;
    return self();
  }

  public boolean hasDesiredReplicas() {
    return desiredReplicas != null;
  }

  public OffsetDateTime getLastScaleTime() {
    return lastScaleTime;
  }

  public A withLastScaleTime(OffsetDateTime lastScaleTime) {
    this.lastScaleTime = lastScaleTime;
    return self();
  }

  public boolean hasLastScaleTime() {
    return lastScaleTime != null;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public A withObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return self();
  }

  public boolean hasObservedGeneration() {
    return observedGeneration != null;
  }
}
