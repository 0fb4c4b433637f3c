package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1EvictionTarget}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1EvictionTargetBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1EvictionTargetFluent<A extends V1alpha1EvictionTargetFluent<A>> {
  private V1alpha1EvictionPodReference pod;

  public V1alpha1EvictionTargetFluent() {}

  public V1alpha1EvictionTargetFluent(V1alpha1EvictionTarget instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1EvictionTarget instance) {
    if (instance != null) {
      this.pod = instance.getPod();
    }
  }

  /** A new {@link V1alpha1EvictionTarget} holding what was set (lists and maps copied). */
  V1alpha1EvictionTarget toModel() {
    V1alpha1EvictionTarget o = new V1alpha1EvictionTarget();
    o.setPod(pod);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha1EvictionPodReference getPod() {
    return pod;
  }

  public A withPod(V1alpha1EvictionPodReference pod) {
    this.pod = pod;
    return self();
  }

  public boolean hasPod() {
    return pod != null;
  }

  public V1alpha1EvictionPodReference buildPod() {
    return pod;
  }

  public PodNested withNewPod() {
    return new PodNested(null);
  }

  public PodNested withNewPodLike(V1alpha1EvictionPodReference item) {
    return new PodNested(item);
  }

  public PodNested editPod() {
    return new PodNested(pod);
  }

  public PodNested editOrNewPod() {
    return new PodNested(pod != null ? pod : new V1alpha1EvictionPodReference());
  }

  public PodNested editOrNewPodLike(V1alpha1EvictionPodReference item) {
    return new PodNested(pod != null ? pod : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodNested extends V1alpha1EvictionPodReferenceFluent<PodNested> {
    PodNested(V1alpha1EvictionPodReference item) {
      super(item);
    }

    public A and() {
      return V1alpha1EvictionTargetFluent.this.withPod(toModel());
    }

    public A endPod() {
      return and();
    }
  }
}
