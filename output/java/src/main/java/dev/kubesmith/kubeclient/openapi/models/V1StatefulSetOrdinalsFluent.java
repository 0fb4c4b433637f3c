package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1StatefulSetOrdinals}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StatefulSetOrdinalsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StatefulSetOrdinalsFluent<A extends V1StatefulSetOrdinalsFluent<A>> {
  private Integer start;

  public V1StatefulSetOrdinalsFluent() {}

  public V1StatefulSetOrdinalsFluent(V1StatefulSetOrdinals instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StatefulSetOrdinals instance) {
    if (instance != null) {
      this.start = instance.getStart();
    }
  }

  /** A new {@link V1StatefulSetOrdinals} holding what was set (lists and maps copied). */
  V1StatefulSetOrdinals toModel() {
    V1StatefulSetOrdinals o = new V1StatefulSetOrdinals();
    o.setStart(start);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getStart() {
    return start;
  }

  public A withStart(Integer start) {
    this.start = start;
    return self();
  }

  public boolean hasStart() {
    return start != null;
  }
}
