package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Lifecycle}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LifecycleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LifecycleFluent<A extends V1LifecycleFluent<A>> {
  private V1LifecycleHandler postStart;
  private V1LifecycleHandler preStop;
  private String stopSignal;

  public V1LifecycleFluent() {}

  public V1LifecycleFluent(V1Lifecycle instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Lifecycle instance) {
    if (instance != null) {
      this.postStart = instance.getPostStart();
      this.preStop = instance.getPreStop();
      this.stopSignal = instance.getStopSignal();
    }
  }

  /** A new {@link V1Lifecycle} holding what was set (lists and maps copied). */
  V1Lifecycle toModel() {
    V1Lifecycle o = new V1Lifecycle();
    o.setPostStart(postStart);
    o.setPreStop(preStop);
    o.setStopSignal(stopSignal);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1LifecycleHandler getPostStart() {
    return postStart;
  }

  public A withPostStart(V1LifecycleHandler postStart) {
    this.postStart = postStart;
    return self();
  }

  public boolean hasPostStart() {
    return postStart != null;
  }

  public V1LifecycleHandler buildPostStart() {
    return postStart;
  }

  public PostStartNested withNewPostStart() {
    return new PostStartNested(null);
  }

  public PostStartNested withNewPostStartLike(V1LifecycleHandler item) {
    return new PostStartNested(item);
  }

  public PostStartNested editPostStart() {
    return new PostStartNested(postStart);
  }

  public PostStartNested editOrNewPostStart() {
    return new PostStartNested(postStart != null ? postStart : new V1LifecycleHandler());
  }

  public PostStartNested editOrNewPostStartLike(V1LifecycleHandler item) {
    return new PostStartNested(postStart != null ? postStart : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PostStartNested extends V1LifecycleHandlerFluent<PostStartNested> {
    PostStartNested(V1LifecycleHandler item) {
      super(item);
    }

    public A and() {
      return V1LifecycleFluent.this.withPostStart(toModel());
    }

    public A endPostStart() {
      return and();
    }
  }

  public V1LifecycleHandler getPreStop() {
    return preStop;
  }

  public A withPreStop(V1LifecycleHandler preStop) {
    this.preStop = preStop;
    return self();
  }

  public boolean hasPreStop() {
    return preStop != null;
  }

  public V1LifecycleHandler buildPreStop() {
    return preStop;
  }

  public PreStopNested withNewPreStop() {
    return new PreStopNested(null);
  }

  public PreStopNested withNewPreStopLike(V1LifecycleHandler item) {
    return new PreStopNested(item);
  }

  public PreStopNested editPreStop() {
    return new PreStopNested(preStop);
  }

  public PreStopNested editOrNewPreStop() {
    return new PreStopNested(preStop != null ? preStop : new V1LifecycleHandler());
  }

  public PreStopNested editOrNewPreStopLike(V1LifecycleHandler item) {
    return new PreStopNested(preStop != null ? preStop : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PreStopNested extends V1LifecycleHandlerFluent<PreStopNested> {
    PreStopNested(V1LifecycleHandler item) {
      super(item);
    }

    public A and() {
      return V1LifecycleFluent.this.withPreStop(toModel());
    }

    public A endPreStop() {
      return and();
    }
  }

  public String getStopSignal() {
    return stopSignal;
  }

  public A withStopSignal(String stopSignal) {
    this.stopSignal = stopSignal;
    return self();
  }

  public boolean hasStopSignal() {
    return stopSignal != null;
  }
}
