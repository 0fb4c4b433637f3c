package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1HorizontalPodAutoscalerSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1HorizontalPodAutoscalerSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1HorizontalPodAutoscalerSpecFluent<A extends V1HorizontalPodAutoscalerSpecFluent<A>> {
  private Integer maxReplicas;
  private Integer minReplicas;
  private V1CrossVersionObjectReference scaleTargetRef;
  private Integer targetCPUUtilizationPercentage;

  public V1HorizontalPodAutoscalerSpecFluent() {}

  public V1HorizontalPodAutoscalerSpecFluent(V1HorizontalPodAutoscalerSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1HorizontalPodAutoscalerSpec instance) {
    if (instance != null) {
      this.maxReplicas = instance.getMaxReplicas();
      this.minReplicas = instance.getMinReplicas();
      this.scaleTargetRef = instance.getScaleTargetRef();
      this.targetCPUUtilizationPercentage = instance.getTargetCPUUtilizationPercentage();
    }
  }

  /** A new {@link V1HorizontalPodAutoscalerSpec} holding what was set (lists and maps copied). */
  V1HorizontalPodAutoscalerSpec toModel() {
    V1HorizontalPodAutoscalerSpec o = new V1HorizontalPodAutoscalerSpec();
    o.setMaxReplicas(maxReplicas);
    o.setMinReplicas(minReplicas);
    o.setScaleTargetRef(scaleTargetRef);
    o.setTargetCPUUtilizationPercentage(targetCPUUtilizationPercentage);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getMaxReplicas() {
    return maxReplicas;
  }

  public A withMaxReplicas(Integer maxReplicas) {
    this.maxReplicas = maxReplicas;
    return self();
  }

  public boolean hasMaxReplicas() {
    return maxReplicas != null;
  }

  public Integer getMinReplicas() {
    return minReplicas;
  }

  public A withMinReplicas(Integer minReplicas) {
    this.minReplicas = minReplicas;
    return self();
  }

  public boolean hasMinReplicas() {
    return minReplicas != null;
  }

  public V1CrossVersionObjectReference getScaleTargetRef() {
    return scaleTargetRef;
  }

  public A withScaleTargetRef(V1CrossVersionObjectReference scaleTargetRef) {
    this.scaleTargetRef = scaleTargetRef;
    return self();
  }

  public boolean hasScaleTargetRef() {
    return scaleTargetRef != null;
  }

  public V1CrossVersionObjectReference buildScaleTargetRef() {
    return scaleTargetRef;
  }

  public ScaleTargetRefNested withNewScaleTargetRef() {
    return new ScaleTargetRefNested(null);
  }

  public ScaleTargetRefNested withNewScaleTargetRefLike(V1CrossVersionObjectReference item) {
    return new ScaleTargetRefNested(item);
  }

  public ScaleTargetRefNested editScaleTargetRef() {
    return new ScaleTargetRefNested(scaleTargetRef);
  }

  public ScaleTargetRefNested editOrNewScaleTargetRef() {
    return new ScaleTargetRefNested(scaleTargetRef != null ? scaleTargetRef : new V1CrossVersionObjectReference());
  }

  public ScaleTargetRefNested editOrNewScaleTargetRefLike(V1CrossVersionObjectReference item) {
    return new ScaleTargetRefNested(scaleTargetRef != null ? scaleTargetRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ScaleTargetRefNested extends V1CrossVersionObjectReferenceFluent<ScaleTargetRefNested> {
    ScaleTargetRefNested(V1CrossVersionObjectReference item) {
      super(item);
    }

    public A and() {
      return V1HorizontalPodAutoscalerSpecFluent.this.withScaleTargetRef(toModel());
    }

    public A endScaleTargetRef() {
      return and();
    }
  }

  public Integer getTargetCPUUtilizationPercentage() {
    return targetCPUUtilizationPercentage;
  }

  public A withTargetCPUUtilizationPercentage(Integer targetCPUUtilizationPercentage) {
    this.targetCPUUtilizationPercentage = targetCPUUtilizationPercentage;
    return self();
  }

  public boolean hasTargetCPUUtilizationPercentage() {
    return targetCPUUtilizationPercentage != null;
  }
}
