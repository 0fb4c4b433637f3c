package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ServiceAccountSubject}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ServiceAccountSubjectBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ServiceAccountSubjectFluent<A extends V1ServiceAccountSubjectFluent<A>> {
  private String name;
  private String namespace;

  public V1ServiceAccountSubjectFluent() {}

  public V1ServiceAccountSubjectFluent(V1ServiceAccountSubject instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ServiceAccountSubject instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
    }
  }

  /** A new {@link V1ServiceAccountSubject} holding what was set (lists and maps copied). */
  V1ServiceAccountSubject toModel() {
    V1ServiceAccountSubject o = new V1ServiceAccountSubject();
    o.setName(name);
    o.setNamespace(namespace);
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
}
