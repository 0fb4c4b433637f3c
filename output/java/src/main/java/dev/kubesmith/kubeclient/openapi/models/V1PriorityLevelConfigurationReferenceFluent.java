package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PriorityLevelConfigurationReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PriorityLevelConfigurationReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PriorityLevelConfigurationReferenceFluent<A extends V1PriorityLevelConfigurationReferenceFluent<A>> {
  private String name;

  public V1PriorityLevelConfigurationReferenceFluent() {}

  public V1PriorityLevelConfigurationReferenceFluent(V1PriorityLevelConfigurationReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PriorityLevelConfigurationReference instance) {
    if (instance != null) {
      this.name = instance.getName();
    }
  }

  /** A new {@link V1PriorityLevelConfigurationReference} holding what was set (lists and maps copied). */
  V1PriorityLevelConfigurationReference toModel() {
    V1PriorityLevelConfigurationReference o = new V1PriorityLevelConfigurationReference();
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }
}
