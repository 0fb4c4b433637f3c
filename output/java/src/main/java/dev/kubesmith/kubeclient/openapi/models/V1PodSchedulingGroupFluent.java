package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PodSchedulingGroup}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodSchedulingGroupBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodSchedulingGroupFluent<A extends V1PodSchedulingGroupFluent<A>> {
  private String podGroupName;

  public V1PodSchedulingGroupFluent() {}

  public V1PodSchedulingGroupFluent(V1PodSchedulingGroup instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodSchedulingGroup instance) {
    if (instance != null) {
      this.podGroupName = instance.getPodGroupName();
    }
  }

  /** A new {@link V1PodSchedulingGroup} holding what was set (lists and maps copied). */
  V1PodSchedulingGroup toModel() {
    V1PodSchedulingGroup o = new V1PodSchedulingGroup();
    o.setPodGroupName(podGroupName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getPodGroupName() {
    return podGroupName;
  }

  public A withPodGroupName(String podGroupName) {
    this.podGroupName = podGroupName;
    return self();
  }

  public boolean hasPodGroupName() {
    return podGroupName != null;
  }
}
