package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1GlusterfsVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1GlusterfsVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1GlusterfsVolumeSourceFluent<A extends V1GlusterfsVolumeSourceFluent<A>> {
  private String endpoints;
  private String path;
  private Boolean readOnly;

  public V1GlusterfsVolumeSourceFluent() {}

  public V1GlusterfsVolumeSourceFluent(V1GlusterfsVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1GlusterfsVolumeSource instance) {
    if (instance != null) {
      this.endpoints = instance.getEndpoints();
      this.path = instance.getPath();
      this.readOnly = instance.getReadOnly();
    }
  }

  /** A new {@link V1GlusterfsVolumeSource} holding what was set (lists and maps copied). */
  V1GlusterfsVolumeSource toModel() {
    V1GlusterfsVolumeSource o = new V1GlusterfsVolumeSource();
    o.setEndpoints(endpoints);
    o.setPath(path);
    o.setReadOnly(readOnly);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getEndpoints() {
    return endpoints;
  }

  public A withEndpoints(String endpoints) {
    this.endpoints = endpoints;
    return self();
  }

  public boolean hasEndpoints() {
    return endpoints != null;
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

  public Boolean getReadOnly() {
    return readOnly;
  }

  public A withReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return self();
  }

  public boolean hasReadOnly() {
    return readOnly != null;
  }
}
