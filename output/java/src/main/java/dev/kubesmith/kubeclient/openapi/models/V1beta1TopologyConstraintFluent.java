package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1TopologyConstraint}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1TopologyConstraintBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1TopologyConstraintFluent<A extends V1beta1TopologyConstraintFluent<A>> {
  private String key;

  public V1beta1TopologyConstraintFluent() {}

  public V1beta1TopologyConstraintFluent(V1beta1TopologyConstraint instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1TopologyConstraint instance) {
    if (instance != null) {
      this.key = instance.getKey();
    }
  }

  /** A new {@link V1beta1TopologyConstraint} holding what was set (lists and maps copied). */
  V1beta1TopologyConstraint toModel() {
    V1beta1TopologyConstraint o = new V1beta1TopologyConstraint();
    o.setKey(key);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getKey() {
    return key;
  }

  public A withKey(String key) {
    this.key = key;
    return self();
  }

  public boolean hasKey() {
    return key != null;
  }
}
