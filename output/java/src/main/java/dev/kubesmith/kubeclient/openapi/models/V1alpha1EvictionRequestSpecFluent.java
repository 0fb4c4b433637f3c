package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1EvictionRequestSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1EvictionRequestSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1EvictionRequestSpecFluent<A extends V1alpha1EvictionRequestSpecFluent<A>> {
  private String intent;
  private String requester;
  private V1alpha1EvictionRequestTarget target;

  public V1alpha1EvictionRequestSpecFluent() {}

  public V1alpha1EvictionRequestSpecFluent(V1alpha1EvictionRequestSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1EvictionRequestSpec instance) {
    if (instance != null) {
      this.intent = instance.getIntent();
      this.requester = instance.getRequester();
      this.target = instance.getTarget();
    }
  }

  /** A new {@link V1alpha1EvictionRequestSpec} holding what was set (lists and maps copied). */
  V1alpha1EvictionRequestSpec toModel() {
    V1alpha1EvictionRequestSpec o = new V1alpha1EvictionRequestSpec();
    o.setIntent(intent);
    o.setRequester(requester);
    o.setTarget(target);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getIntent() {
    return intent;
  }

  public A withIntent(String intent) {
    this.intent = intent;
    return self();
  }

  public boolean hasIntent() {
    return intent != null;
  }

  public String getRequester() {
    return requester;
  }

  public A withRequester(String requester) {
    this.requester = requester;
    return self();
  }

  public boolean hasRequester() {
    return requester != null;
  }

  public V1alpha1EvictionRequestTarget getTarget() {
    return target;
  }

  public A withTarget(V1alpha1EvictionRequestTarget target) {
    this.target = target;
    return self();
  }

  public boolean hasTarget() {
    return target != null;
  }

  public V1alpha1EvictionRequestTarget buildTarget() {
    return target;
  }

  public TargetNested withNewTarget() {
    return new TargetNested(null);
  }

  public TargetNested withNewTargetLike(V1alpha1EvictionRequestTarget item) {
    return new TargetNested(item);
  }

  public TargetNested editTarget() {
    return new TargetNested(target);
  }

  public TargetNested editOrNewTarget() {
    return new TargetNested(target != null ? target : new V1alpha1EvictionRequestTarget());
  }

  public TargetNested editOrNewTargetLike(V1alpha1EvictionRequestTarget item) {
    return new TargetNested(target != null ? target : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TargetNested extends V1alpha1EvictionRequestTargetFluent<TargetNested> {
    TargetNested(V1alpha1EvictionRequestTarget item) {
      super(item);
    }

    public A and() {
      return V1alpha1EvictionRequestSpecFluent.this.withTarget(toModel());
    }

    public A endTarget() {
      return and();
    }
  }
}
