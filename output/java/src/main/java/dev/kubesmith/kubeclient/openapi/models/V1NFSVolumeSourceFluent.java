package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NFSVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NFSVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NFSVolumeSourceFluent<A extends V1NFSVolumeSourceFluent<A>> {
  private String path;
  private Boolean readOnly;
  private String server;

  public V1NFSVolumeSourceFluent() {}

  public V1NFSVolumeSourceFluent(V1NFSVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NFSVolumeSource instance) {
    if (instance != null) {
      this.path = instance.getPath();
      this.readOnly = instance.getReadOnly();
      this.server = instance.getServer();
    }
  }

  /** A new {@link V1NFSVolumeSource} holding what was set (lists and maps copied). */
  V1NFSVolumeSource toModel() {
    V1NFSVolumeSource o = new V1NFSVolumeSource();
    o.setPath(path);
    o.setReadOnly(readOnly);
    o.setServer(server);
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

  public String getServer() {
    return server;
  }

  public A withServer(String server) {
    this.server = server;
    return self();
  }

  public boolean hasServer() {
    return server != null;
  }
}
