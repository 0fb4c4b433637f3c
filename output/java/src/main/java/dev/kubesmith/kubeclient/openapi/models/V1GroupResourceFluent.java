package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1GroupResource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1GroupResourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1GroupResourceFluent<A extends V1GroupResourceFluent<A>> {
  private String group;
  private String resource;

  public V1GroupResourceFluent() {}

  public V1GroupResourceFluent(V1GroupResource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1GroupResource instance) {
    if (instance != null) {
      this.group = instance.getGroup();
      this.resource = instance.getResource();
    }
  }

  /** A new {@link V1GroupResource} holding what was set (lists and maps copied). */
  V1GroupResource toModel() {
    V1GroupResource o = new V1GroupResource();
    o.setGroup(group);
    o.setResource(resource);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getGroup() {
    return group;
  }

  public A withGroup(String group) {
    this.group = group;
    return self();
  }

  public boolean hasGroup() {
    return group != null;
  }

  public String getResource() {
    return resource;
  }

  public A withResource(String resource) {
    this.resource = resource;
    return self();
  }

  public boolean hasResource() {
    return resource != null;
  }
}
