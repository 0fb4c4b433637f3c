package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ScaleStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ScaleStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ScaleStatusFluent<A extends V1ScaleStatusFluent<A>> {
  private Integer replicas;
  private String selector;

  public V1ScaleStatusFluent() {}

  public V1ScaleStatusFluent(V1ScaleStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ScaleStatus instance) {
    if (instance != null) {
      this.replicas = instance.getReplicas();
      this.selector = instance.getSelector();
    }
  }

  /** A new {@link V1ScaleStatus} holding what was set (lists and maps copied). */
  V1ScaleStatus toModel() {
    V1ScaleStatus o = new V1ScaleStatus();
    o.setReplicas(replicas);
    o.setSelector(selector);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public A withReplicas(Integer replicas) {
    this.replicas = replicas;
    return self();
  }

  public boolean hasReplicas() {
    return replicas != null;
  }

  public String getSelector() {
    return selector;
  }

  public A withSelector(String selector) {
    this.selector = selector;
    return self();
  }

  public boolean hasSelector() {
    return selector != null;
  }
}
