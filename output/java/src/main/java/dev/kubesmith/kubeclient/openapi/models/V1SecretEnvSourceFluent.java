package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SecretEnvSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SecretEnvSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SecretEnvSourceFluent<A extends V1SecretEnvSourceFluent<A>> {
  private String name;
  private Boolean optional;

  public V1SecretEnvSourceFluent() {}

  public V1SecretEnvSourceFluent(V1SecretEnvSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SecretEnvSource instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.optional = instance.getOptional();
    }
  }

  /** A new {@link V1SecretEnvSource} holding what was set (lists and maps copied). */
  V1SecretEnvSource toModel() {
    V1SecretEnvSource o = new V1SecretEnvSource();
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
