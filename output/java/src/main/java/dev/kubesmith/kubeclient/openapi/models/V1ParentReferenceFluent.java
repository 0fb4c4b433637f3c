package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ParentReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ParentReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ParentReferenceFluent<A extends V1ParentReferenceFluent<A>> {
  private String group;
  private String name;
  private String namespace;
  private String resource;

  public V1ParentReferenceFluent() {}

  public V1ParentReferenceFluent(V1ParentReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ParentReference instance) {
    if (instance != null) {
      this.group = instance.getGroup();
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
      this.resource = instance.getResource();
    }
  }

  /** A new {@link V1ParentReference} holding what was set (lists and maps copied). */
  V1ParentReference toModel() {
    V1ParentReference o = new V1ParentReference();
    o.setGroup(group);
    o.setName(name);
    o.setNamespace(namespace);
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

  public String getNamespace() {
    return namespace;
  }

  public A withNamespace(String namespace) {
    this.namespace = namespace;
    return self();
  }

  public boolean hasNamespace() {
    return namespace != null;
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
