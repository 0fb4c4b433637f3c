package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ConfigMapEnvSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ConfigMapEnvSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ConfigMapEnvSourceFluent<A extends V1ConfigMapEnvSourceFluent<A>> {
  private String name;
  private Boolean optional;

  public V1ConfigMapEnvSourceFluent() {}

  public V1ConfigMapEnvSourceFluent(V1ConfigMapEnvSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ConfigMapEnvSource instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.optional = instance.getOptional();
    }
  }

  /** A new {@link V1ConfigMapEnvSource} holding what was set (lists and maps copied). */
  V1ConfigMapEnvSource toModel() {
    V1ConfigMapEnvSource o = new V1ConfigMapEnvSource();
    o.setName(name);
    o.setOptional(optional);
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
