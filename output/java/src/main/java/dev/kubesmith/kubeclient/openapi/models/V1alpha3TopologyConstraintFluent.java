package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3TopologyConstraint}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3TopologyConstraintBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3TopologyConstraintFluent<A extends V1alpha3TopologyConstraintFluent<A>> {
  private String key;

  public V1alpha3TopologyConstraintFluent() {}

  public V1alpha3TopologyConstraintFluent(V1alpha3TopologyConstraint instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3TopologyConstraint instance) {
    if (instance != null) {
      this.key = instance.getKey();
    }
  }

  /** A new {@link V1alpha3TopologyConstraint} holding what was set (lists and maps copied). */
  V1alpha3TopologyConstraint toModel() {
    V1alpha3TopologyConstraint o = new V1alpha3TopologyConstraint();
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
