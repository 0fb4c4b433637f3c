package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NonResourceAttributes}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NonResourceAttributesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NonResourceAttributesFluent<A extends V1NonResourceAttributesFluent<A>> {
  private String path;
  private String verb;

  public V1NonResourceAttributesFluent() {}

  public V1NonResourceAttributesFluent(V1NonResourceAttributes instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NonResourceAttributes instance) {
    if (instance != null) {
      this.path = instance.getPath();
      this.verb = instance.getVerb();
    }
  }

  /** A new {@link V1NonResourceAttributes} holding what was set (lists and maps copied). */
  V1NonResourceAttributes toModel() {
    V1NonResourceAttributes o = new V1NonResourceAttributes();
    o.setPath(path);
    o.setVerb(verb);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getPath() {
    return path;
  }

  public A withPath(String path) {
    this.path = path;
    return self();
  }

  public boolean hasPath() {
    return path != null;
  }

  public String getVerb() {
    return verb;
  }

  public A withVerb(String verb) {
    this.verb = verb;
    return self();
  }

  public boolean hasVerb() {
    return verb != null;
  }
}
