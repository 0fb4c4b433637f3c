package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1HostPathVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1HostPathVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1HostPathVolumeSourceFluent<A extends V1HostPathVolumeSourceFluent<A>> {
  private String path;
  private String type;

  public V1HostPathVolumeSourceFluent() {}

  public V1HostPathVolumeSourceFluent(V1HostPathVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1HostPathVolumeSource instance) {
    if (instance != null) {
      this.path = instance.getPath();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1HostPathVolumeSource} holding what was set (lists and maps copied). */
  V1HostPathVolumeSource toModel() {
    V1HostPathVolumeSource o = new V1HostPathVolumeSource();
    o.setPath(path);
    o.setType(type);
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

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
