package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2HorizontalPodAutoscalerBehavior}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2HorizontalPodAutoscalerBehaviorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2HorizontalPodAutoscalerBehaviorFluent<A extends V2HorizontalPodAutoscalerBehaviorFluent<A>> {
  private V2HPAScalingRules scaleDown;
  private V2HPAScalingRules scaleUp;

  public V2HorizontalPodAutoscalerBehaviorFluent() {}

  public V2HorizontalPodAutoscalerBehaviorFluent(V2HorizontalPodAutoscalerBehavior instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2HorizontalPodAutoscalerBehavior instance) {
    if (instance != null) {
      this.scaleDown = instance.getScaleDown();
      this.scaleUp = instance.getScaleUp();
    }
  }

  /** A new {@link V2HorizontalPodAutoscalerBehavior} holding what was set (lists and maps copied). */
  V2HorizontalPodAutoscalerBehavior toModel() {
    V2HorizontalPodAutoscalerBehavior o = new V2HorizontalPodAutoscalerBehavior();
    o.setScaleDown(scaleDown);
    o.setScaleUp(scaleUp);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V2HPAScalingRules getScaleDown() {
    return scaleDown;
  }

  public A withScaleDown(V2HPAScalingRules scaleDown) {
    this.scaleDown = scaleDown;
    return self();
  }

  public boolean hasScaleDown() {
    return scaleDown != null;
  }

  public V2HPAScalingRules buildScaleDown() {
    return scaleDown;
  }

  public ScaleDownNested withNewScaleDown() {
    return new ScaleDownNested(null);
  }

  public ScaleDownNested withNewScaleDownLike(V2HPAScalingRules item) {
    return new ScaleDownNested(item);
  }

  public ScaleDownNested editScaleDown() {
    return new ScaleDownNested(scaleDown);
  }

  public ScaleDownNested editOrNewScaleDown() {
    return new ScaleDownNested(scaleDown != null ? scaleDown : new V2HPAScalingRules());
  }

  public ScaleDownNested editOrNewScaleDownLike(V2HPAScalingRules item) {
    return new ScaleDownNested(scaleDown != null ? scaleDown : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ScaleDownNested extends V2HPAScalingRulesFluent<ScaleDownNested> {
    ScaleDownNested(V2HPAScalingRules item) {
      super(item);
    }

    public A and() {
      return V2HorizontalPodAutoscalerBehaviorFluent.this.withScaleDown(toModel());
    }

    public A endScaleDown() {
      return and();
    }
  }

  public V2HPAScalingRules getScaleUp() {
    return scaleUp;
  }

  public A withScaleUp(V2HPAScalingRules scaleUp) {
    this.scaleUp = scaleUp;
    return self();
  }

  public boolean hasScaleUp() {
    return scaleUp != null;
  }

  public V2HPAScalingRules buildScaleUp() {
    return scaleUp;
  }

  public ScaleUpNested withNewScaleUp() {
    return new ScaleUpNested(null);
  }

  public ScaleUpNested withNewScaleUpLike(V2HPAScalingRules item) {
    return new ScaleUpNested(item);
  }

  public ScaleUpNested editScaleUp() {
    return new ScaleUpNested(scaleUp);
  }

  public ScaleUpNested editOrNewScaleUp() {
    return new ScaleUpNested(scaleUp != null ? scaleUp : new V2HPAScalingRules());
  }

  public ScaleUpNested editOrNewScaleUpLike(V2HPAScalingRules item) {
    return new ScaleUpNested(scaleUp != null ? scaleUp : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ScaleUpNested extends V2HPAScalingRulesFluent<ScaleUpNested> {
    ScaleUpNested(V2HPAScalingRules item) {
      super(item);
    }

    public A and() {
      return V2HorizontalPodAutoscalerBehaviorFluent.this.withScaleUp(toModel());
    }

    public A endScaleUp() {
      return and();
    }
  }
}
