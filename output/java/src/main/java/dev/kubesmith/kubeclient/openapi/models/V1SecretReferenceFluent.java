package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SecretReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SecretReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SecretReferenceFluent<A extends V1SecretReferenceFluent<A>> {
  private String name;
  private String namespace;

  public V1SecretReferenceFluent() {}

  public V1SecretReferenceFluent(V1SecretReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SecretReference instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
    }
  }

  /** A new {@link V1SecretReference} holding what was set (lists and maps copied). */
  V1SecretReference toModel() {
    V1SecretReference o = new V1SecretReference();
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
