package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1EvictionSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1EvictionSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1EvictionSpecFluent<A extends V1alpha1EvictionSpecFluent<A>> {
  private V1alpha1EvictionTarget target;

  public V1alpha1EvictionSpecFluent() {}

  public V1alpha1EvictionSpecFluent(V1alpha1EvictionSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1EvictionSpec instance) {
    if (instance != null) {
      this.target = instance.getTarget();
    }
  }

  /** A new {@link V1alpha1EvictionSpec} holding what was set (lists and maps copied). */
  V1alpha1EvictionSpec toModel() {
    V1alpha1EvictionSpec o = new V1alpha1EvictionSpec();
    o.setTarget(target);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha1EvictionTarget getTarget() {
    return target;
  }

  public A withTarget(V1alpha1EvictionTarget target) {
    this.target = target;
    return self();
  }

  public boolean hasTarget() {
    return target != null;
  }

  public V1alpha1EvictionTarget buildTarget() {
    return target;
  }

  public TargetNested withNewTarget() {
    return new TargetNested(null);
  }

  public TargetNested withNewTargetLike(V1alpha1EvictionTarget item) {
    return new TargetNested(item);
  }

  public TargetNested editTarget() {
    return new TargetNested(target);
  }

  public TargetNested editOrNewTarget() {
    return new TargetNested(target != null ? target : new V1alpha1EvictionTarget());
  }

  public TargetNested editOrNewTargetLike(V1alpha1EvictionTarget item) {
    return new TargetNested(target != null ? target : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TargetNested extends V1alpha1EvictionTargetFluent<TargetNested> {
    TargetNested(V1alpha1EvictionTarget item) {
      super(item);
    }

    public A and() {
      return V1alpha1EvictionSpecFluent.this.withTarget(toModel());
    }

    public A endTarget() {
      return and();
    }
  }
}
