package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ScaleSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ScaleSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ScaleSpecFluent<A extends V1ScaleSpecFluent<A>> {
  private Integer replicas;

  public V1ScaleSpecFluent() {}

  public V1ScaleSpecFluent(V1ScaleSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ScaleSpec instance) {
    if (instance != null) {
      this.replicas = instance.getReplicas();
    }
  }

  /** A new {@link V1ScaleSpec} holding what was set (lists and maps copied). */
  V1ScaleSpec toModel() {
    V1ScaleSpec o = new V1ScaleSpec();
    o.setReplicas(replicas);
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
}
