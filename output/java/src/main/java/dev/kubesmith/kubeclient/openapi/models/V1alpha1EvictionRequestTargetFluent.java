package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1EvictionRequestTarget}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1EvictionRequestTargetBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1EvictionRequestTargetFluent<A extends V1alpha1EvictionRequestTargetFluent<A>> {
  private V1alpha1EvictionRequestPodReference pod;

  public V1alpha1EvictionRequestTargetFluent() {}

  public V1alpha1EvictionRequestTargetFluent(V1alpha1EvictionRequestTarget instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1EvictionRequestTarget instance) {
    if (instance != null) {
      this.pod = instance.getPod();
    }
  }

  /** A new {@link V1alpha1EvictionRequestTarget} holding what was set (lists and maps copied). */
  V1alpha1EvictionRequestTarget toModel() {
    V1alpha1EvictionRequestTarget o = new V1alpha1EvictionRequestTarget();
    o.setPod(pod);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha1EvictionRequestPodReference getPod() {
    return pod;
  }

  public A withPod(V1alpha1EvictionRequestPodReference pod) {
    this.pod = pod;
    return self();
  }

  public boolean hasPod() {
    return pod != null;
  }

  public V1alpha1EvictionRequestPodReference buildPod() {
    return pod;
  }

  public PodNested withNewPod() {
    return new PodNested(null);
  }

  public PodNested withNewPodLike(V1alpha1EvictionRequestPodReference item) {
    return new PodNested(item);
  }

  public PodNested editPod() {
    return new PodNested(pod);
  }

  public PodNested editOrNewPod() {
    return new PodNested(pod != null ? pod : new V1alpha1EvictionRequestPodReference());
  }

  public PodNested editOrNewPodLike(V1alpha1EvictionRequestPodReference item) {
    return new PodNested(pod != null ? pod : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodNested extends V1alpha1EvictionRequestPodReferenceFluent<PodNested> {
    PodNested(V1alpha1EvictionRequestPodReference item) {
      super(item);
    }

    public A and() {
      return V1alpha1EvictionRequestTargetFluent.this.withPod(toModel());
    }

    public A endPod() {
      return and();
    }
  }
}
