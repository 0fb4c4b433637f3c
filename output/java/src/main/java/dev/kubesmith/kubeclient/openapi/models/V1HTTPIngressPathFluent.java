package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1HTTPIngressPath}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1HTTPIngressPathBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1HTTPIngressPathFluent<A extends V1HTTPIngressPathFluent<A>> {
  private V1IngressBackend backend;
  private String path;
  private String pathType;

  public V1HTTPIngressPathFluent() {}

  public V1HTTPIngressPathFluent(V1HTTPIngressPath instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1HTTPIngressPath instance) {
    if (instance != null) {
      this.backend = instance.getBackend();
      this.path = instance.getPath();
      this.pathType = instance.getPathType();
    }
  }

  /** A new {@link V1HTTPIngressPath} holding what was set (lists and maps copied). */
  V1HTTPIngressPath toModel() {
    V1HTTPIngressPath o = new V1HTTPIngressPath();
    o.setBackend(backend);
    o.setPath(path);
    o.setPathType(pathType);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1IngressBackend getBackend() {
    return backend;
  }

  public A withBackend(V1IngressBackend backend) {
    this.backend = backend;
    return self();
  }

  public boolean hasBackend() {
    return backend != null;
  }

  public V1IngressBackend buildBackend() {
    return backend;
  }

  public BackendNested withNewBackend() {
    return new BackendNested(null);
  }

  public BackendNested withNewBackendLike(V1IngressBackend item) {
    return new BackendNested(item);
  }

  public BackendNested editBackend() {
    return new BackendNested(backend);
  }

  public BackendNested editOrNewBackend() {
    return new BackendNested(backend != null ? backend : new V1IngressBackend());
  }

  public BackendNested editOrNewBackendLike(V1IngressBackend item) {
    return new BackendNested(backend != null ? backend : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class BackendNested extends V1IngressBackendFluent<BackendNested> {
    BackendNested(V1IngressBackend item) {
      super(item);
    }

    public A and() {
      return V1HTTPIngressPathFluent.this.withBackend(toModel());
    }

    public A endBackend() {
      return and();
    }
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

  public String getPathType() {
    return pathType;
  }

  public A withPathType(String pathType) {
    this.pathType = pathType;
    return self();
  }

  public boolean hasPathType() {
    return pathType != null;
  }
}
