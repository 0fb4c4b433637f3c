package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ConfigMapKeySelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ConfigMapKeySelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ConfigMapKeySelectorFluent<A extends V1ConfigMapKeySelectorFluent<A>> {
  private String key;
  private String name;
  private Boolean optional;

  public V1ConfigMapKeySelectorFluent() {}

  public V1ConfigMapKeySelectorFluent(V1ConfigMapKeySelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ConfigMapKeySelector instance) {
    if (instance != null) {
      this.key = instance.getKey();
      this.name = instance.getName();
      this.optional = instance.getOptional();
    }
  }

  /** A new {@link V1ConfigMapKeySelector} holding what was set (lists and maps copied). */
  V1ConfigMapKeySelector toModel() {
    V1ConfigMapKeySelector o = new V1ConfigMapKeySelector();
    o.setKey(key);
    o.setName(name);
    o.setOptional(optional);
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

  public Boolean getOptional() {
    return optional;
  }

  public A withOptional(Boolean optional) {
    this.optional = optional;
    return self();
  }

  public boolean hasOptional() {
    return optional != null;
  }
}
