package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1GlusterfsPersistentVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1GlusterfsPersistentVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1GlusterfsPersistentVolumeSourceFluent<A extends V1GlusterfsPersistentVolumeSourceFluent<A>> {
  private String endpoints;
  private String endpointsNamespace;
  private String path;
  private Boolean readOnly;

  public V1GlusterfsPersistentVolumeSourceFluent() {}

  public V1GlusterfsPersistentVolumeSourceFluent(V1GlusterfsPersistentVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1GlusterfsPersistentVolumeSource instance) {
    if (instance != null) {
      this.endpoints = instance.getEndpoints();
      this.endpointsNamespace = instance.getEndpointsNamespace();
      this.path = instance.getPath();
      this.readOnly = instance.getReadOnly();
    }
  }

  /** A new {@link V1GlusterfsPersistentVolumeSource} holding what was set (lists and maps copied). */
  V1GlusterfsPersistentVolumeSource toModel() {
    V1GlusterfsPersistentVolumeSource o = new V1GlusterfsPersistentVolumeSource();
    o.setEndpoints(endpoints);
    o.setEndpointsNamespace(endpointsNamespace);
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

  public String getEndpointsNamespace() {
    return endpointsNamespace;
  }

  public A withEndpointsNamespace(String endpointsNamespace) {
    this.endpointsNamespace = endpointsNamespace;
    return self();
  }

  public boolean hasEndpointsNamespace() {
    return endpointsNamespace != null;
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
